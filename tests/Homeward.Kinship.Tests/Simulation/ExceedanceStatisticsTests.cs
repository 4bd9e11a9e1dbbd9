using FsCheck.Xunit;
using Homeward.Kinship.Simulation.Evaluation;

namespace Homeward.Kinship.Tests.Simulation;

public sealed class ExceedanceStatisticsTests
{
    [Fact]
    public void Quantiles_interpolate_like_R_type_7()
    {
        double[] x = [1, 2, 3, 4, 10];
        ExceedanceStatistics.Quantile(x, 0.5).ShouldBe(3);
        ExceedanceStatistics.Quantile(x, 0.25).ShouldBe(2);
        ExceedanceStatistics.Quantile(x, 0.9).ShouldBe(7.6, 1e-12);
        ExceedanceStatistics.Quantile([double.NegativeInfinity, double.NegativeInfinity, 1], 0.5).ShouldBe(double.NegativeInfinity);
    }

    [Property]
    public bool Quantiles_are_monotone_in_the_level(double[] values)
    {
        var sorted = values.Where(double.IsFinite).Select(v => v % 1e6).Order().ToArray();
        if (sorted.Length == 0)
        {
            return true;
        }

        var levels = new[] { 0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99 }.Select(p => ExceedanceStatistics.Quantile(sorted, p)).ToArray();
        return levels.Zip(levels.Skip(1)).All(pair => pair.First <= pair.Second + 1e-9);
    }

    [Fact]
    public void Rates_count_values_at_or_above_the_threshold()
    {
        double[] x = [double.NegativeInfinity, -1, 0, 0, 2];
        ExceedanceStatistics.Rate(x, 0).ShouldBe(0.6);
        ExceedanceStatistics.Rate(x, 2.5).ShouldBe(0);
        ExceedanceStatistics.Rate(x, double.NegativeInfinity).ShouldBe(1);
    }

    [Fact]
    public void The_importance_estimate_weights_each_related_pair_by_one_over_its_LR()
    {
        double[] related = [0, 1, 2, 3];
        ExceedanceStatistics.UnrelatedRateFromRelated(related, 2).ShouldBe((0.01 + 0.001) / 4, 1e-15);
    }

    [Fact]
    public void The_threshold_for_one_false_match_is_where_the_larger_estimate_drops_to_one_over_D()
    {
        // Related LRs 10^0..10^7: the estimate above 10^j is Σ_{i > j} 10^-i / 8.
        double[] related = [0, 1, 2, 3, 4, 5, 6, 7];
        ExceedanceStatistics.Log10ThresholdForOneFalseMatch(related, [], 1000).ShouldBe(2);
        ExceedanceStatistics.Log10ThresholdForOneFalseMatch(related, [], 1e12).ShouldBeNull();

        // 4 unrelated pairs and D = 2: at most 2 may reach t, so t must pass the third largest.
        ExceedanceStatistics.Log10ThresholdForOneFalseMatch(related, [-3, 1.5, 2.5, 2.7], 2).ShouldBe(1.5);
    }
}
