using System.Security.Cryptography;
using System.Text.Json;
using Homeward.Data.Evidence;

namespace Homeward.Cli.Tests.Intel;

[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class IntelIngestTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Store => Path.Combine(_folder.Path, "store");

    private string PostsFile => Path.Combine(_folder.Path, "posts.jsonl");

    [Fact]
    public void Ingest_stores_each_original_by_its_hash_and_writes_posts_that_scan_reads()
    {
        var run = Cli.Run("intel", "ingest", Samples.Html, Samples.QqLog, Samples.Telegram, "--store", Store, "--out", PostsFile);
        run.ExitCode.ShouldBe(0, run.ToString());

        var manifest = File.ReadAllLines(Path.Combine(Store, "manifest.jsonl"));
        manifest.Length.ShouldBe(3);
        foreach (var (line, original) in manifest.Zip([Samples.Html, Samples.QqLog, Samples.Telegram]))
        {
            var entry = EvidenceEntry.FromJsonLine(line).Entry.ShouldNotBeNull();
            var bytes = File.ReadAllBytes(original);
            entry.Sha256.ShouldBe(Convert.ToHexStringLower(SHA256.HashData(bytes)));
            entry.Size.ShouldBe(bytes.Length);
            entry.Source.ShouldBe(Path.GetFullPath(original));
            entry.Tool.ShouldStartWith("homeward/");
            File.ReadAllBytes(Path.Combine(Store, "objects", entry.Sha256[..2], entry.Sha256)).ShouldBe(bytes);
        }

        var posts = File.ReadAllLines(PostsFile).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        posts.Count.ShouldBe(7);
        posts.Select(p => p.GetProperty("evidence").GetString()).Distinct().Count().ShouldBe(3);
        posts.Count(p => p.GetProperty("author").GetString() == "2938475611").ShouldBe(2);

        var scan = Cli.Run("intel", "scan", PostsFile);
        scan.ExitCode.ShouldBe(0, scan.ToString());
        scan.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(7);
        var rings = Cli.Run("intel", "rings", PostsFile);
        JsonDocument.Parse(rings.Stdout.Split('\n')[0]).RootElement.GetProperty("size").GetInt32().ShouldBe(3);
    }

    [Fact]
    public void Ingesting_the_same_file_twice_keeps_one_object_and_two_capture_lines()
    {
        Cli.Run("intel", "ingest", Samples.QqLog, "--store", Store).ExitCode.ShouldBe(0);
        var second = Cli.Run("intel", "ingest", Samples.QqLog, "--store", Store);
        second.ExitCode.ShouldBe(0);
        second.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(4);
        File.ReadAllLines(Path.Combine(Store, "manifest.jsonl")).Length.ShouldBe(2);
        Directory.GetFiles(Path.Combine(Store, "objects"), "*", SearchOption.AllDirectories).ShouldHaveSingleItem();
    }

    [Fact]
    public void A_malformed_file_is_reported_with_file_and_line_and_nothing_is_stored()
    {
        var bad = _folder.Write("bad.txt", "2014-03-02 10:15:33 a(1)\nhi\n2014-13-01 10:00:00 b(2)\nx\n");
        var run = Cli.Run("intel", "ingest", Samples.Html, bad, "--store", Store);
        run.ExitCode.ShouldBe(2);
        run.StderrLines.ShouldContain(l => l.StartsWith(bad + ":3: ", StringComparison.Ordinal));
        Directory.Exists(Store).ShouldBeFalse();
    }

    [Fact]
    public void A_file_of_unknown_format_or_a_missing_file_is_an_input_error()
    {
        var notes = _folder.Write("notes.md", "# notes");
        var run = Cli.Run("intel", "ingest", notes, Path.Combine(_folder.Path, "missing.html"), "--store", Store);
        run.ExitCode.ShouldBe(2);
        run.Stderr.ShouldContain("cannot tell the format");
        run.Stderr.ShouldContain("missing.html: file not found");
    }

    [Fact]
    public void Verify_evidence_passes_an_intact_store()
    {
        Cli.Run("intel", "ingest", Samples.Html, Samples.QqLog, "--store", Store).ExitCode.ShouldBe(0);
        var run = Cli.Run("intel", "verify-evidence", "--store", Store);
        run.ExitCode.ShouldBe(0, run.ToString());
        run.Stdout.ShouldContain("2 captures verified");
    }

    [Fact]
    public void Verify_evidence_reports_a_flipped_byte_and_a_deleted_file_with_their_manifest_lines()
    {
        Cli.Run("intel", "ingest", Samples.Html, Samples.QqLog, Samples.Telegram, "--store", Store).ExitCode.ShouldBe(0);
        var manifest = File.ReadAllLines(Path.Combine(Store, "manifest.jsonl"));
        var html = EvidenceEntry.FromJsonLine(manifest[0]).Entry!;
        var telegram = EvidenceEntry.FromJsonLine(manifest[2]).Entry!;
        var htmlPath = Path.Combine(Store, "objects", html.Sha256[..2], html.Sha256);
        File.SetUnixFileMode(htmlPath, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        var bytes = File.ReadAllBytes(htmlPath);
        bytes[100] ^= 0x01;
        File.WriteAllBytes(htmlPath, bytes);
        File.Delete(Path.Combine(Store, "objects", telegram.Sha256[..2], telegram.Sha256));

        var run = Cli.Run("intel", "verify-evidence", "--store", Store);

        run.ExitCode.ShouldBe(1, run.ToString());
        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.ShouldContain(l => l.Contains("manifest.jsonl:1: altered", StringComparison.Ordinal));
        lines.ShouldContain(l => l.Contains("manifest.jsonl:3: missing", StringComparison.Ordinal));
        lines.ShouldContain("  " + manifest[0]);
        lines.ShouldContain("  " + manifest[2]);
        lines.ShouldNotContain(l => l.Contains("manifest.jsonl:2:", StringComparison.Ordinal));
    }

    [Fact]
    public void Verify_evidence_reports_a_damaged_manifest_line_and_a_folder_without_a_store()
    {
        Cli.Run("intel", "ingest", Samples.QqLog, "--store", Store).ExitCode.ShouldBe(0);
        File.AppendAllText(Path.Combine(Store, "manifest.jsonl"), "{\"sha256\":\"zz\"}\n");
        var run = Cli.Run("intel", "verify-evidence", "--store", Store);
        run.ExitCode.ShouldBe(1);
        run.Stdout.ShouldContain("manifest.jsonl:2: malformed");

        Cli.Run("intel", "verify-evidence", "--store", _folder.Path).ExitCode.ShouldBe(2);
    }

    [Fact]
    public void Verify_evidence_notes_a_stored_file_that_no_line_lists()
    {
        Cli.Run("intel", "ingest", Samples.QqLog, "--store", Store).ExitCode.ShouldBe(0);
        var stray = Path.Combine(Store, "objects", "00", new string('0', 64));
        Directory.CreateDirectory(Path.GetDirectoryName(stray)!);
        File.WriteAllText(stray, "x");

        var run = Cli.Run("intel", "verify-evidence", "--store", Store);

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Stderr.ShouldContain(stray + ": note: stored but listed on no manifest line");
    }

    [Fact]
    public void Stored_objects_are_read_only()
    {
        Cli.Run("intel", "ingest", Samples.QqLog, "--store", Store).ExitCode.ShouldBe(0);
        var file = Directory.GetFiles(Path.Combine(Store, "objects"), "*", SearchOption.AllDirectories).ShouldHaveSingleItem();
        (File.GetUnixFileMode(file) & (UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite)).ShouldBe(UnixFileMode.None);
    }
}
