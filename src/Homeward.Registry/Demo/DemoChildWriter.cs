using Homeward.Kinship;
using Homeward.Registry.Cases;
using Homeward.Registry.Names;
using Homeward.Registry.Places;

namespace Homeward.Registry.Demo;

/// <summary>
/// Writes a rescued child as the welfare institution registers them, with the noise of real records:
/// ages estimated by a doctor (sometimes a year off), the buyers' names, a mark seen with the sides
/// swapped, now and then a wrongly recorded sex.
/// </summary>
internal static class DemoChildWriter
{
    /// <summary>Where the children of the national bust were found (the destinations of the ring).</summary>
    private static readonly string[] Destinations = [.. DemoOperationFacts.Provinces.Where(p => p != "云南" && p != "贵州" && p != "四川")];

    public static FoundChild Write(DemoChildFate fate, DemoReportWriter.Written? family)
    {
        var draws = fate.Draws;
        var place = fate.FromVietnam
            ? Place.Create("广西", "东兴").Value
            : Place.Create(draws.Pick(Destinations)).Value;
        var sex = draws.Chance(0.01) ? (fate.Sex == Sex.Male ? Sex.Female : Sex.Male) : fate.Sex;
        var institution = $"{place.Province!.Name} children's welfare home";
        var placement = draws.Chance(0.4) ? "foster family" : "institution";
        var registeredAt = new DateTimeOffset(fate.FoundOn.AddDays(draws.Between(1, 3)).ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero);
        return FoundChild.Create(
            fate.ChildId, DemoOperationFacts.OperationId, fate.FoundOn, place, EstimatedAge(fate, draws), sex, institution, placement,
            Description(fate, family, draws), [], Names(fate, family, draws), fate.SampleCode, registeredAt).Value;
    }

    /// <summary>A doctor's estimate: centred near the true age, sometimes a year off, wider for older children.</summary>
    private static AgeRange EstimatedAge(DemoChildFate fate, DemoDraws draws)
    {
        var years = fate.AgeYears;
        var error = draws.Normal() * (0.05 + (0.1 * years));
        if (draws.Chance(0.1))
        {
            error += (draws.Chance(0.5) ? 1 : -1) * (0.5 + (0.5 * draws.Unit()));
        }

        var centre = Math.Max(0.02, years + error);
        var halfWidth = Math.Max(0.05, 0.1 + (0.15 * centre));
        return AgeRange.Create(Math.Max(0, centre - halfWidth), centre + halfWidth).Value;
    }

    private static string Description(DemoChildFate fate, DemoReportWriter.Written? family, DemoDraws draws)
    {
        if (fate.FromVietnam)
        {
            return "brought across the border from Vietnam by boat, according to the suspects; sedated in transit; no papers";
        }

        var found = draws.Chance(0.5) ? "rescued from a buyer's home" : "rescued from a trafficker's safe house";
        var mark = family?.Mark is { } seen && draws.Chance(0.7)
            ? DemoMarks.Describe(seen, swapSides: draws.Chance(0.2))
            : DemoMarks.Draw(draws) is { } other ? DemoMarks.Describe(other) : null;
        return mark is null ? found : $"{found}; {mark}";
    }

    private static List<ChineseName> Names(DemoChildFate fate, DemoReportWriter.Written? family, DemoDraws draws)
    {
        var names = new List<ChineseName>();
        if (fate.FromVietnam)
        {
            return names;
        }

        if (draws.Chance(fate.AgeYears > 0.5 ? 0.7 : 0.3))
        {
            names.Add(DemoNames.Full(DemoNames.Surname(draws), fate.Sex, draws));
        }

        if (family is not null && fate.AgeYears > 2.5 && family.MilkName is { } milk && draws.Chance(0.4))
        {
            names.Add(milk);
        }

        if (family is not null && draws.Chance(0.05))
        {
            names.Add(family.Report.Name);
        }

        return names;
    }
}
