using System.Security.Cryptography;
using System.Text;

namespace Homeward.Cli.Tests;

/// <summary>
/// Pins the exact output of <c>homeward intel scan</c> (SHA-256 of stdout) on the shipped corpus and on
/// generated posts (<c>intel generate --rings 200 --seed 1</c>), so that performance work cannot change a
/// score, span, entity or cluster. The hashes were taken before the throughput work of feature/intel-perf;
/// a deliberate change of behaviour must update them (and say so in its commit).
/// </summary>
public sealed class IntelScanGoldenTests : IDisposable
{
    private const string CorpusScanSha256 = "dbf4216a699f6cf813911156d8edf6845f3072061eb5793087f896944e8b0004";
    private const string GeneratedPostsSha256 = "f28531374cb30c45615de57b3395ab2f9873ca52ce6178b1dddc4383d8b0b22c";
    private const string GeneratedScanSha256 = "c539601bc3c35bedfa7452d67d3c125ab3ff0ede0bf35be100580ca6d521c669";

    private readonly string _dir = Directory.CreateTempSubdirectory("homeward-intel-golden-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Intel_scan_of_the_shipped_corpus_is_byte_identical_to_the_pinned_output()
    {
        var corpus = Path.Combine(Repository.Data, "intel", "corpus", "posts.jsonl");
        var run = Cli.Run("intel", "scan", corpus);
        run.ExitCode.ShouldBe(0, run.ToString());
        Sha256(run.Stdout).ShouldBe(CorpusScanSha256);
    }

    [Fact]
    public void Intel_scan_of_generated_posts_is_byte_identical_to_the_pinned_output()
    {
        var generate = Cli.Run("intel", "generate", "--rings", "200", "--seed", "1");
        generate.ExitCode.ShouldBe(0, generate.ToString());
        Sha256(generate.Stdout).ShouldBe(GeneratedPostsSha256);
        var posts = Path.Combine(_dir, "generated.jsonl");
        File.WriteAllText(posts, generate.Stdout);
        var run = Cli.Run("intel", "scan", posts);
        run.ExitCode.ShouldBe(0, run.ToString());
        Sha256(run.Stdout).ShouldBe(GeneratedScanSha256);
    }

    private static string Sha256(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
