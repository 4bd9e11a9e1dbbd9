using System.Security.Cryptography;

namespace Homeward.Data.Evidence;

/// <summary>Re-hashes every object a store's manifest lists and reports each one missing or altered.</summary>
internal static class EvidenceVerifier
{
    /// <summary>The problems, in manifest order, the number of lines checked, and the stored files no line lists.</summary>
    public static (IReadOnlyList<EvidenceProblem> Problems, int Checked, IReadOnlyList<string> Unlisted) Verify(EvidenceStore store)
    {
        var problems = new List<EvidenceProblem>();
        var verified = new Dictionary<string, string?>(StringComparer.Ordinal);
        var lineNumber = 0;
        var count = 0;
        foreach (var line in File.ReadLines(store.ManifestPath))
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            count++;
            var (entry, error) = EvidenceEntry.FromJsonLine(line);
            if (entry is null)
            {
                problems.Add(new EvidenceProblem(lineNumber, "malformed", "malformed: " + error, line));
                continue;
            }

            if (!verified.TryGetValue(entry.Sha256, out var problem))
            {
                problem = Check(store.ObjectPath(entry.Sha256), entry);
                verified[entry.Sha256] = problem;
            }

            if (problem is not null)
            {
                problems.Add(new EvidenceProblem(lineNumber, problem.StartsWith("missing", StringComparison.Ordinal) ? "missing" : "altered", problem, line));
            }
        }

        return (problems, count, store.UnlistedObjects(verified.Keys.ToHashSet(StringComparer.Ordinal)).ToList());
    }

    private static string? Check(string path, EvidenceEntry entry)
    {
        if (!File.Exists(path))
        {
            return $"missing: {path} does not exist";
        }

        using var stream = File.OpenRead(path);
        var actual = Convert.ToHexStringLower(SHA256.HashData(stream));
        if (!string.Equals(actual, entry.Sha256, StringComparison.Ordinal))
        {
            return $"altered: {path} now hashes to {actual} ({stream.Length} bytes, {entry.Size} captured)";
        }

        return stream.Length != entry.Size ? $"altered: {path} has {stream.Length} bytes, {entry.Size} captured" : null;
    }
}
