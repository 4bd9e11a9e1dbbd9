using System.Security.Cryptography;
using System.Text.Json;

namespace Homeward.Cli.Tests.Intel;

[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class IntelExportTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public IntelExportTests()
    {
        var run = Cli.Run("intel", "ingest", Samples.Html, Samples.QqLog, Samples.Telegram, "--store", Store, "--out", PostsFile);
        run.ExitCode.ShouldBe(0, run.ToString());
    }

    public void Dispose() => _folder.Dispose();

    private string Store => Path.Combine(_folder.Path, "store");

    private string PostsFile => Path.Combine(_folder.Path, "posts.jsonl");

    private string Out => Path.Combine(_folder.Path, "case");

    [Fact]
    public void A_ring_export_holds_its_posts_their_captures_and_a_manifest_that_verifies()
    {
        var run = Cli.Run("intel", "export", "--posts", PostsFile, "--store", Store, "--ring", "r1", "--out", Out);
        run.ExitCode.ShouldBe(0, run.ToString());

        var manifest = File.ReadAllLines(Path.Combine(Out, "manifest.sha256"));
        var listed = manifest.Select(l => l.Split("  ", 2)).ToDictionary(p => p[1], p => p[0]);
        listed.Keys.Order(StringComparer.Ordinal).ShouldBe(
            Directory.GetFiles(Out, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Out, f)).Where(f => f != "manifest.sha256").Order(StringComparer.Ordinal));
        foreach (var (file, hash) in listed)
        {
            Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(Out, file)))).ShouldBe(hash, file);
        }

        var captures = Directory.GetFiles(Path.Combine(Out, "captures")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        captures.Count.ShouldBe(3);
        captures.ShouldContain(c => c!.EndsWith(".html", StringComparison.Ordinal));
        var htmlCopy = Directory.GetFiles(Path.Combine(Out, "captures"), "*.html").ShouldHaveSingleItem();
        File.ReadAllBytes(htmlCopy).ShouldBe(File.ReadAllBytes(Samples.Html));

        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Out, "case.json")));
        var root = json.RootElement;
        root.GetProperty("selection").GetString().ShouldBe("ring r1");
        root.GetProperty("rings").GetArrayLength().ShouldBe(1);
        var posts = root.GetProperty("posts").EnumerateArray().ToList();
        posts.Count.ShouldBe(3);
        posts.ShouldAllBe(p => p.GetProperty("ring").GetString() == "r1" && p.GetProperty("flagged").GetBoolean());
        root.GetProperty("entities").EnumerateArray()
            .Single(e => e.GetProperty("type").GetString() == "phone").GetProperty("posts").GetArrayLength().ShouldBe(3);
        root.GetProperty("captures").GetArrayLength().ShouldBe(3);

        var csv = File.ReadAllText(Path.Combine(Out, "posts.csv"));
        File.ReadAllBytes(Path.Combine(Out, "posts.csv"))[..3].ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF }, "a byte order mark, for spreadsheets");
        csv.ShouldStartWith("id,source,url,author,time,score,flagged,ring,evidence,entities,text\r\n");
        csv.ShouldContain("phone:+8613923456781");
    }

    [Fact]
    public void An_export_of_all_posts_includes_those_in_no_ring()
    {
        var run = Cli.Run("intel", "export", "--posts", PostsFile, "--store", Store, "--all", "--out", Out);
        run.ExitCode.ShouldBe(0, run.ToString());
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Out, "case.json")));
        json.RootElement.GetProperty("posts").GetArrayLength().ShouldBe(7);
    }

    [Fact]
    public void An_export_never_writes_over_a_folder_and_needs_a_ring_or_all()
    {
        Directory.CreateDirectory(Out);
        Cli.Run("intel", "export", "--posts", PostsFile, "--store", Store, "--all", "--out", Out).ExitCode.ShouldBe(2);
        Directory.GetFileSystemEntries(Out).ShouldBeEmpty();
        Directory.Delete(Out);

        Cli.Run("intel", "export", "--posts", PostsFile, "--store", Store, "--out", Out).ExitCode.ShouldBe(2);
        var unknown = Cli.Run("intel", "export", "--posts", PostsFile, "--store", Store, "--ring", "r9", "--out", Out);
        unknown.ExitCode.ShouldBe(2);
        unknown.Stderr.ShouldContain("no ring 'r9'");
        Directory.Exists(Out).ShouldBeFalse();
    }

    [Fact]
    public void An_altered_capture_stops_the_export_and_leaves_nothing_behind()
    {
        var objects = Directory.GetFiles(Path.Combine(Store, "objects"), "*", SearchOption.AllDirectories);
        var target = objects[0];
        File.SetUnixFileMode(target, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        File.AppendAllText(target, " ");

        var run = Cli.Run("intel", "export", "--posts", PostsFile, "--store", Store, "--all", "--out", Out);

        run.ExitCode.ShouldBe(1, run.ToString());
        run.Stderr.ShouldContain("was altered");
        Directory.Exists(Out).ShouldBeFalse();
        Directory.GetFileSystemEntries(_folder.Path).ShouldNotContain(e => Path.GetFileName(e).StartsWith(".case", StringComparison.Ordinal));
    }
}
