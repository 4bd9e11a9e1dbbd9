using Homeward.Registry.Cases;

namespace Homeward.Data.Registry;

/// <summary>
/// Cases to register at once with <see cref="RegistryStore.AddBatchAsync"/>: operations, reports with
/// their relatives, found children, and samples with their profiles (written in that order, so a
/// found child may name an operation and a sample a relative or found child of the same batch).
/// </summary>
public sealed record RegistryBatch
{
    /// <summary>Police operations.</summary>
    public IReadOnlyList<Operation> Operations { get; init; } = [];

    /// <summary>Reports, each with its relatives.</summary>
    public IReadOnlyList<(MissingChildReport Report, IReadOnlyList<Donor> Donors)> Reports { get; init; } = [];

    /// <summary>Found children.</summary>
    public IReadOnlyList<FoundChild> FoundChildren { get; init; } = [];

    /// <summary>Samples with their profiles; each code must be a relative's or a found child's of the registry or the batch.</summary>
    public IReadOnlyList<(Sample Sample, GeneticProfile Profile)> Samples { get; init; } = [];

    /// <summary>How many cases and samples the batch holds.</summary>
    public int Count => Operations.Count + Reports.Count + FoundChildren.Count + Samples.Count;
}
