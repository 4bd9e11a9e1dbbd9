namespace Homeward.Web.BrowserTests.Infrastructure;

/// <summary>
/// Debian's Chromium, the only browser these tests drive (Playwright never downloads one here). When it
/// is missing the tests fail with a clear message, except locally with <c>HOMEWARD_BROWSER_TESTS=skip</c>
/// (never on CI, where <c>CI</c> is set).
/// </summary>
internal static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public const string SkipVariable = "HOMEWARD_BROWSER_TESTS";

    public static bool IsInstalled => File.Exists(ExecutablePath);

    /// <summary>Why the browser tests are skipped, or null when they run.</summary>
    public static string? SkipReason =>
        !IsInstalled
        && string.Equals(Environment.GetEnvironmentVariable(SkipVariable), "skip", StringComparison.Ordinal)
        && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"))
            ? $"{ExecutablePath} is missing and {SkipVariable}=skip"
            : null;

    /// <summary>The message of a run that cannot start its browser.</summary>
    public static string MissingMessage =>
        $"{ExecutablePath} is missing: install Debian's Chromium (apt-get install -y chromium fonts-noto-cjk), "
        + $"or set {SkipVariable}=skip to skip the browser tests locally.";
}
