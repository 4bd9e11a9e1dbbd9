using Homeward.Registry.Cases;

namespace Homeward.Data.Samples;

/// <summary>
/// A sample as a lab analyst works on it: lab data, chain of custody, genotypes and the matches its
/// profile took part in. It carries the owner case's code only, never a name: genotypes are kept
/// apart from names.
/// </summary>
/// <param name="Summary">Code, owner, role, lab, kit, collection date, marker count.</param>
/// <param name="Custody">The chain of custody, oldest first.</param>
/// <param name="Genotypes">The typed markers, in marker order.</param>
/// <param name="Matches">The matches of the sample's case its profile was searched in, highest posterior first (at most 10).</param>
public sealed record SampleDetail(SampleSummary Summary, IReadOnlyList<CustodyEntry> Custody, IReadOnlyList<GenotypeRow> Genotypes, IReadOnlyList<SampleMatch> Matches);
