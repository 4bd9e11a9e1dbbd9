using Homeward.Registry.Cases;

namespace Homeward.Registry.Continuous;

/// <summary>
/// What continuous matching reads: the reports, their donors, the found children and the genetic
/// profiles by sample code (kept apart from names). The Data layer loads it; the matcher does no I/O.
/// </summary>
/// <param name="Reports">All reports (closed ones are not searched).</param>
/// <param name="Donors">All relatives.</param>
/// <param name="FoundChildren">All found children.</param>
/// <param name="Profiles">Genetic profiles by sample code.</param>
public sealed record RegistrySnapshot(
    IReadOnlyList<MissingChildReport> Reports,
    IReadOnlyList<Donor> Donors,
    IReadOnlyList<FoundChild> FoundChildren,
    IReadOnlyDictionary<string, GeneticProfile> Profiles);
