using Homeward.Registry.Continuous;
using Homeward.Registry.Matching;

namespace Homeward.Data.Registry;

/// <summary>
/// The registry as the matcher needs it, read inside a transaction: the domain snapshot, the row ids
/// of reports and found children by code, the pairs that already have a match, the excluded pairs,
/// and what could not be loaded (cases known only from a profile import, stored data the domain now refuses).
/// </summary>
internal sealed record LoadedRegistry(
    RegistrySnapshot Snapshot,
    IReadOnlyDictionary<string, Guid> ReportIds,
    IReadOnlyDictionary<string, Guid> FoundChildIds,
    IReadOnlySet<MatchKey> Existing,
    ExclusionRegistry Exclusions,
    IReadOnlySet<string> LegalHolds,
    IReadOnlyList<string> Warnings);
