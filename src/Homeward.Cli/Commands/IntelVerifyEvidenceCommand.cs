using Homeward.Data.Evidence;

namespace Homeward.Cli.Commands;

/// <summary>
/// <c>homeward intel verify-evidence --store DIR</c>: re-hashes every object the manifest lists. Prints
/// <c>manifest.jsonl:LINE: missing|altered|malformed: …</c> and the manifest line for each problem on stdout;
/// exit 0 when all is intact, 1 when anything is missing or altered, 2 when there is no store. Files in
/// <c>objects/</c> that no line lists are noted on stderr (they are not evidence of anything).
/// </summary>
internal static class IntelVerifyEvidenceCommand
{
    public static int Run(string storeFolder, TextWriter stdout, TextWriter stderr)
    {
        if (EvidenceStore.OpenExisting(storeFolder) is not { } store)
        {
            stderr.WriteLine($"--store: '{storeFolder}' is not an evidence store (no {EvidenceStore.ManifestName})");
            return ExitCodes.InvalidInput;
        }

        var (problems, count, unlisted) = EvidenceVerifier.Verify(store);
        foreach (var path in unlisted)
        {
            stderr.WriteLine($"{path}: note: stored but listed on no manifest line (an interrupted capture, or put there by hand)");
        }

        foreach (var problem in problems)
        {
            stdout.WriteLine($"{store.ManifestPath}:{problem.Line}: {problem.Detail}");
            stdout.WriteLine($"  {problem.ManifestLine}");
        }

        if (problems.Count > 0)
        {
            stderr.WriteLine($"evidence NOT intact: {problems.Count} of {count} captures missing, altered or malformed");
            return ExitCodes.Failure;
        }

        stdout.WriteLine($"evidence intact: {count} captures verified");
        return ExitCodes.Success;
    }
}
