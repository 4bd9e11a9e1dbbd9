using Homeward.Registry.Cases;
using Homeward.Registry.Matching;

namespace Homeward.Data.Registry;

/// <summary>
/// A match with both sides, as a case worker reviews it: the match (state, history, score with
/// per-marker LRs and descriptive factors, follow-ups), the report and its relatives, the found child,
/// and the reunion. No genotypes: those stay under sample codes.
/// </summary>
/// <param name="Match">The match, its history and score.</param>
/// <param name="Version">The row version (pass it back when acting on the match).</param>
/// <param name="FlaggedForReview">Re-scoring put the LR below the threshold.</param>
/// <param name="Report">The report, or null when it cannot be loaded (see <paramref name="Warnings"/>).</param>
/// <param name="Donors">The report's relatives.</param>
/// <param name="FoundChild">The found child, or null when it cannot be loaded.</param>
/// <param name="Reunion">The reunion, once reunited.</param>
/// <param name="Warnings">What could not be loaded, and why.</param>
public sealed record MatchDetail(MatchCase Match, int Version, bool FlaggedForReview, MissingChildReport? Report, IReadOnlyList<Donor> Donors, FoundChild? FoundChild, Reunion? Reunion, IReadOnlyList<string> Warnings)
{
    /// <summary>
    /// The sample codes of the relatives in <see cref="Donors"/> whose sample is typed (its profile is
    /// stored): the codes only, read without the genotypes, to mark the typed persons of the pedigree.
    /// </summary>
    public IReadOnlyCollection<string> TypedSamples { get; init; } = [];
}
