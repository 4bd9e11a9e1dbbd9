using Homeward.Cli.Output;

namespace Homeward.Cli.Demo;

/// <summary>
/// Reads a combined likelihood ratio as Chinese practice does for parentage (GB/T 37223-2018, as
/// reported in DESIGN.md §3): CPI ≥ 10,000 supports parentage; CPI ≤ 0.0001, or three or more
/// Mendelian-inconsistent loci, excludes; in between, type more markers or the other parent.
/// </summary>
internal static class ChinesePractice
{
    public const double SupportThreshold = 10_000;
    public const double ExclusionThreshold = 0.0001;
    public const int ExcludingInconsistentLoci = 3;

    public static Verdict Judge(double lr, int? inconsistentLoci)
    {
        if (inconsistentLoci >= ExcludingInconsistentLoci)
        {
            return new Verdict(Conclusion.Excludes, $"{inconsistentLoci} Mendelian-inconsistent loci (3 or more exclude)");
        }

        if (lr >= SupportThreshold)
        {
            return new Verdict(Conclusion.Supports, $"LR ≥ {Numbers.Grouped(SupportThreshold)}");
        }

        if (lr <= ExclusionThreshold)
        {
            return new Verdict(Conclusion.Excludes, $"LR ≤ {Numbers.Grouped(ExclusionThreshold)}");
        }

        return new Verdict(Conclusion.Inconclusive, $"LR between {Numbers.Grouped(ExclusionThreshold)} and {Numbers.Grouped(SupportThreshold)}; type more markers, or more relatives such as the other parent");
    }
}

/// <summary>What the thresholds say.</summary>
internal enum Conclusion
{
    Supports,
    Excludes,
    Inconclusive,
}

/// <summary>A conclusion and the rule that gave it.</summary>
internal sealed record Verdict(Conclusion Conclusion, string Rule);
