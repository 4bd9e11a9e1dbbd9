using System.Globalization;
using System.Text.RegularExpressions;
using Homeward.Kinship;
using Homeward.Registry.Cases;
using Homeward.Registry.Matching;
using Homeward.Registry.Places;

namespace Homeward.Registry.Reporting;

/// <summary>
/// Builds the <see cref="MatchReport"/> of a scored match for one audience from the domain objects,
/// leaving out what <see cref="AudiencePolicy.For"/> does not allow. Pure: the host reads the objects
/// (and audits the read) and writes the rendering.
/// </summary>
public static partial class MatchReportBuilder
{
    /// <summary>
    /// The report of <paramref name="match"/> for <paramref name="audience"/>. <paramref name="donors"/>
    /// are the relatives searched (those without a profile in <paramref name="profiles"/> are left out).
    /// </summary>
    public static MatchReport Build(
        MatchCase match, MissingChildReport report, FoundChild child, IReadOnlyList<Donor> donors,
        IReadOnlyDictionary<string, GeneticProfile> profiles, ReportAudience audience, string? notice = null)
    {
        ArgumentNullException.ThrowIfNull(match);
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(child);
        ArgumentNullException.ThrowIfNull(donors);
        ArgumentNullException.ThrowIfNull(profiles);
        var policy = AudiencePolicy.For(audience);
        var typed = donors.Where(d => d.SampleCode is { } code && profiles.ContainsKey(code)).ToArray();
        var score = policy.Statistics ? match.Score : null;
        return new MatchReport(
            match.Id,
            Words(match.State.ToString()),
            policy,
            notice,
            ReportSide(report, typed, policy),
            FoundSide(child, policy),
            score is null ? null : Dna(score, child, typed, profiles, policy),
            score is null ? null : new EvidenceSection(
                [.. score.Factors.Select(f => new EvidenceLine(f.Kind, f.LikelihoodRatio, policy.Names && policy.Details ? f.Explanation : null))],
                score.DescriptiveLikelihoodRatio, score.PriorOdds, score.PosteriorProbability),
            policy.Pedigree ? MatchPedigree.Layout(report.Id, child, typed, policy.Names) : null);
    }

    private static ReportSide ReportSide(MissingChildReport report, IReadOnlyList<Donor> donors, AudiencePolicy policy) => new(
        report.Id,
        policy.Names ? [.. report.AllNames.Select(n => n.ToString())] : [],
        SexWords(report.Sex),
        report.DateOfBirth is { } born ? Day(born, policy) : null,
        Day(report.LastSeenOn, policy),
        Where(report.LastSeenPlace, policy),
        policy.Details ? report.Description : null,
        policy.Details ? report.ReportingFamily : null,
        [.. donors.Select(d => new RelativeLine(RoleWords(d.Role), SexWords(d.Sex), policy.Audience == ReportAudience.Volunteer ? null : d.SampleCode, policy.Names ? d.Name?.ToString() : null))]);

    private static FoundSide FoundSide(FoundChild child, AudiencePolicy policy) => new(
        child.Id,
        child.OperationId,
        SexWords(child.Sex),
        Day(child.FoundOn, policy),
        Where(child.FoundPlace, policy),
        string.Create(CultureInfo.InvariantCulture, $"{child.EstimatedAge.MinYears:0.0}–{child.EstimatedAge.MaxYears:0.0} years"),
        policy.Names ? [.. child.KnownNames.Select(n => n.ToString())] : [],
        policy.Details ? child.Description : null,
        policy.Details ? string.Join(", ", new[] { child.Institution, child.Placement }.OfType<string>()) : null);

    private static DnaSection Dna(MatchScore score, FoundChild child, IReadOnlyList<Donor> donors, IReadOnlyDictionary<string, GeneticProfile> profiles, AudiencePolicy policy)
    {
        if (!policy.Genotypes)
        {
            return new DnaSection(score.DnaLikelihoodRatio, score.FrequencyTable, [], [.. score.Markers.Select(m => new MarkerRow(m.Marker, m.LikelihoodRatio, []))]);
        }

        var people = new List<(string Heading, GeneticProfile? Profile)> { ($"found child {child.SampleCode}", child.SampleCode is { } c ? profiles.GetValueOrDefault(c) : null) };
        people.AddRange(donors.Select(d => ($"{RoleWords(d.Role)} {d.SampleCode}", profiles.GetValueOrDefault(d.SampleCode!))));
        var rows = score.Markers.Select(m => new MarkerRow(
            m.Marker,
            m.LikelihoodRatio,
            [.. people.Select(p => p.Profile is not null && p.Profile.Loci.TryGetValue(m.Marker, out var g) ? g.ToString() : "–")]));
        return new DnaSection(score.DnaLikelihoodRatio, score.FrequencyTable, [.. people.Select(p => p.Heading)], [.. rows]);
    }

    private static string Day(DateOnly day, AudiencePolicy policy) =>
        policy.Details ? day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : day.Year.ToString(CultureInfo.InvariantCulture);

    private static string Where(Place place, AudiencePolicy policy) =>
        policy.Details ? place.ToString() : place.Province?.Name ?? "unknown";

    private static string SexWords(Sex sex) => sex switch
    {
        Sex.Male => "male",
        Sex.Female => "female",
        _ => "unknown",
    };

    /// <summary>A role in words: <c>maternal-half-sibling</c> → <c>maternal half sibling</c>.</summary>
    internal static string RoleWords(FamilyRole role) => role.Name().Replace('-', ' ');

    private static string Words(string pascal) => CamelBoundary().Replace(pascal, " $1").ToLowerInvariant();

    [GeneratedRegex("(?<=[a-z])([A-Z])")]
    private static partial Regex CamelBoundary();
}
