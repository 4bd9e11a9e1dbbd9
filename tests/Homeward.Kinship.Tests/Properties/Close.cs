namespace Homeward.Kinship.Tests.Properties;

/// <summary>Comparison of likelihoods: relative 1e-9, exact at 0 (all terms are non-negative, so a
/// zero is a structural zero on both sides), and a tiny absolute floor for subnormal values.</summary>
internal static class Close
{
    public const double Relative = 1e-9;

    private const double AbsoluteFloor = 1e-300;

    public static bool Enough(double actual, double expected) =>
        actual == expected
        || Math.Abs(actual - expected) <= (Relative * Math.Max(Math.Abs(actual), Math.Abs(expected))) + AbsoluteFloor;

    public static void ShouldBeCloseTo(this double actual, double expected, string what) =>
        Enough(actual, expected).ShouldBeTrue($"{what}: engine {actual:R}, reference {expected:R}, relative difference {Math.Abs(actual - expected) / Math.Max(Math.Abs(actual), Math.Abs(expected)):E2}");
}
