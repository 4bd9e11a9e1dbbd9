using Homeward.Kinship.Simulation;
using Homeward.Kinship.Simulation.Evaluation;

namespace Homeward.Kinship.Tests.Simulation;

public sealed class KinshipEvaluatorTests
{
    private static KinshipEvaluation Evaluate(Relationship relationship, MarkerSet panel, int pairs, MutationSettings? mutation = null, int parallelism = 0) =>
        KinshipEvaluator.Evaluate(new KinshipEvaluationOptions
        {
            Frequencies = SimulationFixtures.Asian,
            Panels = [panel],
            Relationships = [relationship],
            Pairs = pairs,
            Seed = 2024,
            Mutation = mutation ?? MutationSettings.None,
            DatabaseSize = 10_000_000,
            Parallelism = parallelism,
        }).Value;

    [Fact]
    public void Parent_child_on_19_loci_separates_true_from_unrelated_pairs()
    {
        var cell = Evaluate(Relationship.ParentChild, MarkerSet.China19, 300, SimulationFixtures.Stepwise(0.002)).Cells.Single();
        var median = cell.Quantiles.Single(q => q.Level == 0.5);
        median.Related.ShouldBeGreaterThan(4);
        median.Unrelated.ShouldBeLessThan(0);
        cell.MarkerCount.ShouldBe(19);
        cell.RelatedLog10.Length.ShouldBe(300);
        cell.UnrelatedLog10.Length.ShouldBe(300);
    }

    [Theory]
    [InlineData(Relationship.FullSiblings, 3)]
    [InlineData(Relationship.HalfSiblings, 1)]
    [InlineData(Relationship.Grandparent, 1)]
    [InlineData(Relationship.Avuncular, 1)]
    [InlineData(Relationship.FirstCousins, 0.2)]
    [InlineData(Relationship.Trio, 10)]
    public void Related_medians_exceed_unrelated_medians_by_the_expected_margin(Relationship relationship, double margin)
    {
        var cell = Evaluate(relationship, MarkerSet.China19, 200).Cells.Single();
        var median = cell.Quantiles.Single(q => q.Level == 0.5);
        median.Related.ShouldBeGreaterThan(median.Unrelated + margin);
    }

    [Fact]
    public void Unrelated_exceedance_estimated_from_related_pairs_agrees_with_counting_unrelated_pairs()
    {
        // Where both can see the rate (LR ≥ 1 and ≥ 10 for full siblings), the importance-sampling
        // identity P₂(LR ≥ t) = E₁[1{LR ≥ t}/LR] must agree with the direct count: a check that the
        // simulation and the LR engine describe the same model.
        var cell = Evaluate(Relationship.FullSiblings, MarkerSet.Identifiler15, 3000).Cells.Single();
        foreach (var row in cell.Thresholds.Where(r => r.Threshold is 1 or 10))
        {
            var sd = Math.Sqrt(row.UnrelatedRate * (1 - row.UnrelatedRate) / 3000);
            row.UnrelatedRateFromRelated.ShouldBe(row.UnrelatedRate, (5 * sd) + 0.003, $"t = {row.Threshold}");
        }
    }

    [Fact]
    public void The_figures_do_not_depend_on_the_number_of_threads()
    {
        var one = Evaluate(Relationship.HalfSiblings, MarkerSet.Identifiler15, 100, parallelism: 1).Cells.Single();
        var two = Evaluate(Relationship.HalfSiblings, MarkerSet.Identifiler15, 100, parallelism: 2).Cells.Single();
        two.RelatedLog10.ShouldBe(one.RelatedLog10);
        two.UnrelatedLog10.ShouldBe(one.UnrelatedLog10);
    }

    [Fact]
    public void Threshold_rows_follow_the_definitions()
    {
        var evaluation = Evaluate(Relationship.ParentChild, MarkerSet.Identifiler15, 200);
        var cell = evaluation.Cells.Single();
        cell.Thresholds.Select(t => t.Threshold).ShouldBe(KinshipEvaluationOptions.DefaultThresholds);
        foreach (var row in cell.Thresholds)
        {
            row.RelatedRate.ShouldBe((double)cell.RelatedLog10.Count(v => v >= Math.Log10(row.Threshold)) / 200);
            row.ExpectedFalseMatches.ShouldBe(10_000_000 * row.UnrelatedRate);
            row.ExpectedFalseMatchesFromRelated.ShouldBe(10_000_000 * row.UnrelatedRateFromRelated);
        }

        cell.Thresholds.Select(t => t.RelatedRate).ShouldBeInOrder(SortDirection.Descending);
    }

    [Fact]
    public void A_panel_with_a_marker_missing_from_the_table_is_refused()
    {
        var result = KinshipEvaluator.Evaluate(new KinshipEvaluationOptions
        {
            Frequencies = TestData.Table("norstr-east-asia-2023.csv"),
            Panels = [MarkerSet.China19],
        });
        result.IsSuccess.ShouldBeFalse();
        result.Errors.ShouldContain(e => e.Place == "markers" && e.Message.Contains("D6S1043", StringComparison.Ordinal));
    }
}
