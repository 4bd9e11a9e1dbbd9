using Homeward.Kinship;

namespace Homeward.Search.Tests;

[CollectionDefinition(nameof(KernelTierCollection), DisableParallelization = true)]
public sealed class KernelTierCollection;

/// <summary>
/// Every kernel tier this machine supports (AVX-512 VBMI, AVX2, scalar) computes the same integer
/// bound sums, the bounds bound the exact log10 LR from above, and the search gives identical results
/// under each tier. Tiers are switched on one machine, as ImageSharp's FeatureTestRunner does.
/// </summary>
[Collection(nameof(KernelTierCollection))]
public sealed class KernelTierTests
{
    private static readonly FrequencyTable Asian = TestData.Table("nist1036-asian.csv");

    // Tier names, not the internal enum, so that the public test methods can take them.
    public static TheoryData<string> Tiers()
    {
        var tiers = new TheoryData<string> { nameof(KernelTier.Scalar) };
        if (ScoreKernels.BestTier >= KernelTier.Avx2)
        {
            tiers.Add(nameof(KernelTier.Avx2));
        }

        if (ScoreKernels.BestTier >= KernelTier.Avx512Vbmi)
        {
            tiers.Add(nameof(KernelTier.Avx512Vbmi));
        }

        return tiers;
    }

    [Theory]
    [MemberData(nameof(Tiers))]
    public void Bound_sums_are_identical_to_the_scalar_definition_and_bound_the_exact_lr(string tier)
    {
        var random = new Random(5);
        const int markers = 24;
        const int tiles = 4;
        var values = Enumerable.Range(0, markers).Select(_ => Enumerable.Range(0, 254).Select(_ => random.Next(20) == 0 ? 0 : Math.Pow(10, (random.NextDouble() * 8) - 5)).ToArray()).ToArray();
        var bound = BoundTable.Build(values)[0];
        var bytes = Enumerable.Range(0, tiles * markers * DonorColumns.Tile).Select(_ => (byte)random.Next(254)).ToArray();
        var shorts = bytes.Select(b => (ushort)b).ToArray();
        for (var tile = 0; tile < tiles; tile++)
        {
            var tileBase = tile * markers * DonorColumns.Tile;
            var expected = new int[DonorColumns.Tile];
            ScoreKernels.BoundSumsScalar(bytes, tileBase, bound, expected);
            var fromBytes = new int[DonorColumns.Tile];
            var fromShorts = new int[DonorColumns.Tile];
            WithTier(Enum.Parse<KernelTier>(tier), () =>
            {
                ScoreKernels.BoundSums(bytes, tileBase, bound, fromBytes);
                ScoreKernels.BoundSums(shorts, tileBase, bound, fromShorts);
            });
            fromBytes.ShouldBe(expected);
            fromShorts.ShouldBe(expected);
            for (var i = 0; i < DonorColumns.Tile; i++)
            {
                var exact = ScoreKernels.ExactProduct(bytes, tileBase, i, values);
                if (exact > 0)
                {
                    (expected[i] * bound.Scale).ShouldBeGreaterThanOrEqualTo(Math.Log10(exact) - 1e-9);
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Tiers))]
    public void Trio_bound_sums_are_identical_to_the_scalar_definition_and_bound_the_exact_lr(string tier)
    {
        var random = new Random(9);
        const int markers = 19;
        double[][] Table(bool zeros) => Enumerable.Range(0, markers).Select(m => Enumerable.Range(0, 254).Select(_ => zeros && m % 3 == 0 ? 0 : random.NextDouble() * 3).ToArray()).ToArray();
        var tables = new QueryTables.TrioTables(Table(false), Table(true), Table(false), Table(false));
        var bounds = TrioBounds.Build(tables);
        var fathers = Enumerable.Range(0, markers * DonorColumns.Tile).Select(_ => (byte)random.Next(254)).ToArray();
        var mothers = Enumerable.Range(0, markers * DonorColumns.Tile).Select(_ => (byte)random.Next(254)).ToArray();
        var expected = new int[DonorColumns.Tile];
        ScoreKernels.TrioBoundSumsScalar(fathers, mothers, 0, bounds, expected);
        var actual = new int[DonorColumns.Tile];
        WithTier(Enum.Parse<KernelTier>(tier), () => ScoreKernels.TrioBoundSums(fathers, mothers, 0, bounds, actual));
        actual.ShouldBe(expected);
        for (var i = 0; i < DonorColumns.Tile; i++)
        {
            var exact = ScoreKernels.ExactTrio(fathers, mothers, 0, i, tables);
            (expected[i] * bounds.Scale).ShouldBeGreaterThanOrEqualTo(Math.Log10(exact) - 1e-9);
        }
    }

    [Theory]
    [MemberData(nameof(Tiers))]
    public void The_search_gives_identical_results_under_every_tier(string tier)
    {
        var settings = new KinshipSettings(Asian, 0, new MutationSettings(new SexSpecificMutation(MutationModel.Stepwise(0.002, 1e-5, 0.5).Value, MutationModel.Stepwise(0.001, 1e-5, 0.5).Value)), null);
        var factory = new FamilyFactory(Asian, [.. Asian.Markers.Take(19).Select(m => m.Name)], seed: 31);
        var references = new List<ReferenceProfile>();
        var queries = new List<QueryProfile>();
        for (var r = 0; r < 300; r++)
        {
            FamilyRole[] shape = (r % 4) switch
            {
                0 => [FamilyRole.Mother],
                1 => [FamilyRole.Father, FamilyRole.Mother],
                2 => [FamilyRole.FullSibling],
                _ => [FamilyRole.PaternalGrandfather],
            };
            var (donors, child) = factory.Report($"R-{r:D4}", shape, Sex.Female);
            references.AddRange(donors);
            if (r % 30 == 0)
            {
                queries.Add(new QueryProfile($"Q-{r:D4}", Sex.Female, child));
            }
        }

        var panel = MarkerPanel.Build(settings, references.Select(x => x.Loci).Concat(queries.Select(q => q.Loci))).Value;
        var index = ReferenceIndex.Build(references, panel, settings).Value;
        var search = new KinshipSearch(index);
        var expected = Scalar(() => search.SearchMany(queries, 0.01, 7));
        IReadOnlyList<SearchResult> actual = [];
        WithTier(Enum.Parse<KernelTier>(tier), () => actual = search.SearchMany(queries, 0.01, 7));
        for (var q = 0; q < queries.Count; q++)
        {
            actual[q].Candidates.ShouldBe(expected[q].Candidates);
            actual[q].Candidates.ShouldNotBeEmpty();
        }
    }

    private static IReadOnlyList<SearchResult> Scalar(Func<IReadOnlyList<SearchResult>> run)
    {
        IReadOnlyList<SearchResult> result = [];
        WithTier(KernelTier.Scalar, () => result = run());
        return result;
    }

    private static void WithTier(KernelTier tier, Action action)
    {
        var saved = ScoreKernels.Tier;
        ScoreKernels.Tier = tier;
        try
        {
            action();
        }
        finally
        {
            ScoreKernels.Tier = saved;
        }
    }
}
