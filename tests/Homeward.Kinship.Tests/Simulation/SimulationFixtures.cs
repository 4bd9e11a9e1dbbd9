using Homeward.Kinship.Simulation;

namespace Homeward.Kinship.Tests.Simulation;

/// <summary>Shared inputs of the simulation tests.</summary>
internal static class SimulationFixtures
{
    public static FrequencyTable Asian { get; } = TestData.Table("nist1036-asian.csv");

    public static MutationSettings Equal(double rate) =>
        new(new SexSpecificMutation(MutationModel.Equal(rate).Value, MutationModel.Equal(rate).Value));

    public static MutationSettings Stepwise(double rate) =>
        new(new SexSpecificMutation(MutationModel.Stepwise(rate, 1e-6, 0.5).Value, MutationModel.Stepwise(rate, 1e-6, 0.5).Value));

    public static PopulationSimulator Simulator(
        int reports = 200, int queries = 100, double related = 0.5, long seed = 42, string? shapes = null,
        MutationSettings? mutation = null, double missing = 0, double dropout = 0, MarkerSet? markers = null, double theta = 0) =>
        PopulationSimulator.Create(new PopulationSimulationOptions
        {
            Frequencies = Asian,
            Markers = markers ?? MarkerSet.China19,
            Reports = reports,
            Queries = queries,
            RelatedFraction = related,
            Seed = seed,
            Shapes = shapes is null ? FamilyShapeMix.Default : FamilyShapeMix.Parse(shapes, "shapes").Value,
            Mutation = mutation ?? MutationSettings.None,
            MissingMarkerRate = missing,
            DropoutRate = dropout,
            Theta = theta,
        }).Value;

    public static SimulationPanel Panel(MarkerSet? markers = null, MutationSettings? mutation = null) =>
        SimulationPanel.Create(Asian, markers ?? MarkerSet.China19, mutation ?? MutationSettings.None, "markers").Value;

    /// <summary>A profile as one comparable line of text.</summary>
    public static string Text(ReferenceProfile p) =>
        $"{p.Id} {p.Report} {p.Role.Name()} {p.Sex} {string.Join(" ", p.Loci.Select(l => $"{l.Marker}={l.Genotype}"))}";

    /// <summary>A query and its truth as one comparable line of text.</summary>
    public static string Text(SimulatedQuery q) =>
        $"{q.Profile.Id} {q.Profile.Sex} {q.Truth.Report ?? "-"} {string.Join(" ", q.Profile.Loci.Select(l => $"{l.Marker}={l.Genotype}"))}";

    /// <summary>Whether <paramref name="allele"/> is one of the parent's two alleles at marker m.</summary>
    public static bool Carries(int[] genotype, int m, int allele) => genotype[2 * m] == allele || genotype[(2 * m) + 1] == allele;
}
