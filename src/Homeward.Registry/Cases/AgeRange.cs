using Homeward.Kinship;

namespace Homeward.Registry.Cases;

/// <summary>An estimated age in years (from dental, skeletal or a doctor's estimate): a closed interval.</summary>
public sealed record AgeRange
{
    private AgeRange(double minYears, double maxYears)
    {
        MinYears = minYears;
        MaxYears = maxYears;
    }

    /// <summary>The lower end, in years.</summary>
    public double MinYears { get; }

    /// <summary>The upper end, in years.</summary>
    public double MaxYears { get; }

    /// <summary>The middle of the range.</summary>
    public double Centre => (MinYears + MaxYears) / 2;

    /// <summary>Half the width of the range.</summary>
    public double HalfWidth => (MaxYears - MinYears) / 2;

    /// <summary>Creates a range; 0 ≤ min ≤ max ≤ 30.</summary>
    public static Result<AgeRange> Create(double minYears, double maxYears, string place = "estimatedAge") =>
        new Validation(place)
            .Require(double.IsFinite(minYears) && minYears >= 0, "min", "must be ≥ 0")
            .Require(double.IsFinite(maxYears) && maxYears >= minYears, "max", "must be ≥ the minimum")
            .Require(maxYears <= 30, "max", "must be ≤ 30 years (found children and young adults)")
            .Build(() => new AgeRange(minYears, maxYears));
}
