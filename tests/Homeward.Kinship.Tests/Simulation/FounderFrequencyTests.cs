using Homeward.Kinship.Simulation;

namespace Homeward.Kinship.Tests.Simulation;

public sealed class FounderFrequencyTests
{
    private const int Draws = 20_000;

    [Theory]
    [InlineData("D3S1358")]
    [InlineData("FGA")]
    [InlineData("Penta E")]
    [InlineData("D12S391")]
    public void Founder_alleles_follow_the_table(string markerName)
    {
        var panel = SimulationFixtures.Panel(new MarkerSet("one", [markerName]));
        var marker = panel.Markers[0];
        var urn = new FounderUrn(panel, 0);
        var random = SimulationRandom.For(11, RandomStream.Family, 0);
        var counts = new int[marker.AlleleCount];
        for (var i = 0; i < Draws; i++)
        {
            counts[urn.Draw(0, random)]++;
        }

        var (chiSquare, degreesOfFreedom) = ChiSquare(counts, marker.Frequencies.Frequencies);
        chiSquare.ShouldBeLessThan(ChiSquareQuantile999(degreesOfFreedom), $"{markerName}: χ² on {degreesOfFreedom} df");
    }

    [Fact]
    public void Founders_of_one_urn_share_alleles_as_theta_says()
    {
        // The first two draws of an urn form a homozygote with probability Σ p_a (θ + (1 − θ) p_a).
        const double theta = 0.2;
        var panel = SimulationFixtures.Panel(new MarkerSet("one", ["TH01"]));
        var p = panel.Markers[0].Frequencies.Frequencies;
        var expected = p.Sum(pa => pa * (theta + ((1 - theta) * pa)));
        var homozygotes = 0;
        for (var i = 0; i < Draws; i++)
        {
            var random = SimulationRandom.For(3, RandomStream.Family, i);
            var urn = new FounderUrn(panel, theta);
            homozygotes += urn.Draw(0, random) == urn.Draw(0, random) ? 1 : 0;
        }

        var observed = (double)homozygotes / Draws;
        var sd = Math.Sqrt(expected * (1 - expected) / Draws);
        observed.ShouldBe(expected, 4.5 * sd);
        expected.ShouldBeGreaterThan(p.Sum(pa => pa * pa) + (8 * sd), "the test must be able to tell θ from no θ");
    }

    private static (double ChiSquare, int DegreesOfFreedom) ChiSquare(int[] counts, IReadOnlyList<double> frequencies)
    {
        // Alleles expected fewer than 5 times are pooled into one class.
        var total = frequencies.Sum();
        double chi = 0, pooledObserved = 0, pooledExpected = 0;
        var classes = 0;
        for (var a = 0; a < counts.Length; a++)
        {
            var expected = Draws * frequencies[a] / total;
            if (expected < 5)
            {
                pooledObserved += counts[a];
                pooledExpected += expected;
                continue;
            }

            chi += (counts[a] - expected) * (counts[a] - expected) / expected;
            classes++;
        }

        if (pooledExpected > 0)
        {
            chi += (pooledObserved - pooledExpected) * (pooledObserved - pooledExpected) / pooledExpected;
            classes++;
        }

        return (chi, classes - 1);
    }

    /// <summary>The 0.999 quantile of χ² (Wilson–Hilferty).</summary>
    private static double ChiSquareQuantile999(int k)
    {
        const double z = 3.0902;
        var c = 2.0 / (9 * k);
        return k * Math.Pow(1 - c + (z * Math.Sqrt(c)), 3);
    }
}
