namespace Homeward.Cli.Tests.Intel;

/// <summary>The shipped capture samples (data/intel/samples).</summary>
internal static class Samples
{
    public static string Html => Path.Combine(Repository.Data, "intel", "samples", "forum-page.html");

    public static string QqLog => Path.Combine(Repository.Data, "intel", "samples", "qq-group.txt");

    public static string Telegram => Path.Combine(Repository.Data, "intel", "samples", "telegram-export.json");
}
