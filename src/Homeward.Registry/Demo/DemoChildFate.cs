using Homeward.Kinship;

namespace Homeward.Registry.Demo;

/// <summary>
/// What is true about a rescued child before anything is written down: sex, age and day of rescue,
/// whether the child came from Vietnam, and the report of the child's family, if any.
/// </summary>
internal sealed record DemoChildFate(int Index, string SampleCode, Sex Sex, int AgeDays, DateOnly FoundOn, bool FromVietnam, string? ReportId, DemoDraws Draws)
{
    /// <summary>The found child's id in the registry.</summary>
    public string ChildId => $"FC-2011-07-{Index + 1:D3}";

    /// <summary>The true date of birth.</summary>
    public DateOnly BornOn => FoundOn.AddDays(-AgeDays);

    /// <summary>The true age at rescue, in years.</summary>
    public double AgeYears => AgeDays / 365.2425;

    /// <summary>Draws the fate of rescued child <paramref name="index"/>.</summary>
    public static DemoChildFate Draw(long seed, int index, string sampleCode, Sex sex, bool fromVietnam, string? reportId)
    {
        var draws = DemoDraws.ForFoundChild(seed, index);
        var age = fromVietnam
            ? draws.Between(DemoOperationFacts.YoungestDays, DemoOperationFacts.OldestFromVietnamDays)
            : draws.Between(DemoOperationFacts.YoungestDays, DemoOperationFacts.OldestDays);
        var day = fromVietnam ? DemoOperationFacts.CrossBorderBust : DemoOperationFacts.NationalBust;
        return new DemoChildFate(index, sampleCode, sex, age, day, fromVietnam, reportId, draws);
    }
}
