using System.Globalization;
using Homeward.Kinship;
using Homeward.Registry.Continuous;
using Homeward.Registry.Demo;
using Homeward.Registry.Evidence;
using Homeward.Registry.Matching;
using Homeward.Registry.Reporting;

namespace Homeward.Cli.Demo;

/// <summary>
/// What <c>homeward demo</c> prints: the scenario, the candidates of each found child with their
/// evidence, and an honest count against the scenario's truth (recovered families, false candidates).
/// Ids only: no names on the console.
/// </summary>
internal static class DemoSummary
{
    private const int CandidatesShown = 3;

    public static void Header(TextWriter output, DemoScenario scenario, RegistryDemoOptions options, string frequencies)
    {
        var snapshot = scenario.Snapshot;
        output.WriteLine("Homeward demo: one rescue operation matched against a simulated national registry");
        output.WriteLine(F($"Registry: {snapshot.Reports.Count:N0} missing-child reports (seed {options.Seed}) with {snapshot.Donors.Count:N0} relatives' reference profiles on china19 ({scenario.Markers.Count} STRs), frequencies {frequencies}"));
        var shapes = Shapes(snapshot).Values.GroupBy(s => s).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal);
        output.WriteLine($"  relatives per report: {string.Join(", ", shapes.Select(g => F($"{g.Key} {100.0 * g.Count() / snapshot.Reports.Count:0} %")))}");
        var operation = scenario.Operation;
        output.WriteLine(F($"Operation {operation.Id} (modelled on the busts of 15 and 20 July 2011): {operation.Provinces.Length} provinces, {operation.Arrests} arrests, {operation.Children.Length} children rescued aged 10 days–4 years, {scenario.FromVietnam.Count} of them brought from Vietnam into Guangxi"));
        output.WriteLine(F($"Matching every rescued child against every report: DNA LR ≥ {MatchingSettings.Default.MinimumDnaLr:N0}, at most {MatchingSettings.Default.TopPerFoundChild} candidates per child; prior 1 in {snapshot.Reports.Count:N0} open reports"));
    }

    public static void Matches(TextWriter output, DemoScenario scenario, IReadOnlyList<MatchCase> matches)
    {
        var shapes = Shapes(scenario.Snapshot);
        var children = scenario.Snapshot.FoundChildren.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var byChild = matches.GroupBy(m => m.Key.FoundChildId, StringComparer.Ordinal).ToArray();
        output.WriteLine();
        output.WriteLine("Candidates by found child, strongest first (✓ marks the scenario's truth, which the matcher never sees):");
        foreach (var group in byChild)
        {
            var child = children[group.Key];
            var list = group.ToArray();
            output.WriteLine(F($"{child.Id}  {Sex(child.Sex)}, estimated {child.EstimatedAge.MinYears:0.0}–{child.EstimatedAge.MaxYears:0.0} y, found in {child.FoundPlace.Province?.Name}: {list.Length} candidate{(list.Length == 1 ? "" : "s")}"));
            foreach (var match in list.Take(CandidatesShown))
            {
                var score = match.Score!;
                var truth = scenario.IsTrue(match.Key) ? "  ✓" : string.Empty;
                output.WriteLine($"  {match.Id}  {match.Key.ReportId} ({shapes[match.Key.ReportId]})  DNA LR {ReportNumbers.Lr(score.DnaLikelihoodRatio)}  posterior {ReportNumbers.Probability(score.PosteriorProbability)}  evidence {Evidence(score.Factors)}{truth}");
            }

            if (list.Length > CandidatesShown)
            {
                output.WriteLine($"  … {list.Length - CandidatesShown} more, posterior ≤ {ReportNumbers.Probability(list[CandidatesShown].Score!.PosteriorProbability)}");
            }
        }

        var without = scenario.Snapshot.FoundChildren.Count - byChild.Length;
        output.WriteLine(F($"No candidate: {without} found children."));
    }

    public static void Truth(TextWriter output, DemoScenario scenario, IReadOnlyList<MatchCase> matches)
    {
        var shapes = Shapes(scenario.Snapshot);
        var reported = scenario.Truth.Where(t => t.Value is not null).Select(t => t.Key).ToArray();
        var recovered = reported.Where(c => matches.Any(m => m.Key.FoundChildId == c && scenario.IsTrue(m.Key))).ToArray();
        var first = reported.Count(c => matches.FirstOrDefault(m => m.Key.FoundChildId == c) is { } best && scenario.IsTrue(best.Key));
        var missed = reported.Except(recovered, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var false_ = matches.Where(m => !scenario.IsTrue(m.Key)).ToArray();
        var related = false_.Count(m => RelativesRelatedToEachOther(shapes[m.Key.ReportId]));
        var confident = false_.Where(m => m.Score!.PosteriorProbability > 0.5).ToArray();
        var confidentRelated = confident.Count(m => RelativesRelatedToEachOther(shapes[m.Key.ReportId]));
        output.WriteLine();
        output.WriteLine("Against the truth (known to the scenario only):");
        output.WriteLine(F($"  Families recovered: {recovered.Length} of the {reported.Length} rescued children who have a report are among the candidates, {first} ranked first{(missed.Length > 0 ? $"; missed (not among the candidates): {string.Join(", ", missed.Select(c => $"{c} ({shapes[scenario.Truth[c]!]})"))}" : string.Empty)}."));
        output.WriteLine(F($"  False candidates: {false_.Length} of {matches.Count} ({confident.Length} with a posterior above 0.5); {related} of them, and {confidentRelated} of those above 0.5, from reports whose relatives are related to each other (a mother and a sibling, two siblings)."));
        output.WriteLine("  Known issue: the search's H2 takes every typed person as unrelated, so such a report's LR carries its relatives' own kinship LR for every child; a fix is under way in Homeward.Search.");
    }

    /// <summary>Each report's relatives who gave DNA, as a shape (mother+full-sibling).</summary>
    private static Dictionary<string, string> Shapes(RegistrySnapshot snapshot) =>
        snapshot.Donors.GroupBy(d => d.ReportId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => string.Join("+", g.Select(d => d.Role).Order().Select(r => r.Name())), StringComparer.Ordinal);

    /// <summary>Whether two of the relatives share descent (a sibling or a child with anyone else); parents or a couple of grandparents do not.</summary>
    private static bool RelativesRelatedToEachOther(string shape)
    {
        var roles = shape.Split('+');
        return roles.Length > 1 && roles.Any(r => r is "full-sibling" or "maternal-half-sibling" or "paternal-half-sibling" or "child");
    }

    private static string Evidence(IEnumerable<EvidenceFactor> factors) =>
        string.Join(" · ", factors.Select(f => $"{f.Kind.ToString().ToLowerInvariant()} {ReportNumbers.Lr(f.LikelihoodRatio)}"));

    private static string Sex(Sex sex) => sex switch
    {
        Kinship.Sex.Male => "male",
        Kinship.Sex.Female => "female",
        _ => "sex unknown",
    };

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
