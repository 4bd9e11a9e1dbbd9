using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Homeward.Kinship.Simulation.Evaluation;

namespace Homeward.Cli.Commands;

/// <summary>
/// The text forms of an evaluation: a summary table (stdout), a Markdown report with every figure
/// (<c>evaluation.md</c>) and JSON (<c>evaluation.json</c>, with <c>null</c> for a log10 LR of −∞).
/// </summary>
internal sealed class EvaluationReport(KinshipEvaluation evaluation, string frequencies, MutationChoice mutation)
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private KinshipEvaluationOptions Options => evaluation.Options;

    /// <summary>One line per relationship and panel.</summary>
    public string Summary()
    {
        var text = new StringBuilder();
        text.AppendLine(Invariant, $"K = {Options.Pairs} related and {Options.Pairs} unrelated pairs per row; D = {Options.DatabaseSize:N0}; {MutationText()}; θ = {Options.Theta}; seed {Options.Seed}");
        text.AppendLine();
        text.AppendLine("| relationship | panel | median log10 LR related | median log10 LR unrelated | related LR ≥ 10⁴ | unrelated LR ≥ 10⁴ (estimated) | false matches per query at D, LR ≥ 10⁴ | LR for ≤ 1 false match per query at D | related pairs above it |");
        text.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var cell in evaluation.Cells)
        {
            var median = cell.Quantiles.Single(q => q.Level == 0.5);
            var at10k = cell.Thresholds.FirstOrDefault(t => t.Threshold == 1e4);
            text.AppendLine(Invariant,
                $"| {Relationships.ToText(cell.Relationship)} | {cell.Panel.Name} ({cell.MarkerCount}) | {Log(median.Related)} | {Log(median.Unrelated)} | {(at10k is null ? "–" : Percent(at10k.RelatedRate))} | {(at10k is null ? "–" : Rate(at10k.UnrelatedRateFromRelated))} | {(at10k is null ? "–" : Count(at10k.ExpectedFalseMatchesFromRelated))} | {Threshold(cell)} | {(cell.RelatedRateAboveThreshold is { } p ? Percent(p) : "–")} |");
        }

        return text.ToString();
    }

    /// <summary>The full report.</summary>
    public string Markdown()
    {
        var text = new StringBuilder();
        text.AppendLine("# Kinship LR evaluation");
        text.AppendLine();
        text.AppendLine(Invariant, $"Frequencies `{frequencies}`. Made by `homeward evaluate`. Each row simulates K pairs related as named (the explicit pedigree H1) and K unrelated pairs, and computes the exact LR of H1 against \"typed persons unrelated\" with the same frequencies, mutation model and θ as the simulation.");
        text.AppendLine();
        text.Append(Summary());
        text.AppendLine();
        text.AppendLine("\"Estimated\" unrelated rates come from the related pairs by importance sampling, P(LR ≥ t | unrelated) = E[1{LR ≥ t} / LR | related], which sees rates far below 1/K; \"counted\" rates are the share of the K unrelated pairs (0 only says below about 1/K). The threshold for ≤ 1 expected false match per query is the smallest t with D × P(LR ≥ t | unrelated) ≤ 1, P being the larger of the two estimates, and never below LR 1; an LR ≥ D always suffices, since unrelated pairs have mean LR at most 1. A blank threshold means the related pairs are too few to tell.");
        foreach (var cell in evaluation.Cells)
        {
            text.AppendLine();
            text.AppendLine(Invariant, $"## {Relationships.ToText(cell.Relationship)} — {cell.Panel.Name} ({cell.MarkerCount} markers)");
            text.AppendLine();
            text.AppendLine("| log10 LR | " + string.Join(" | ", cell.Quantiles.Select(q => Percent(q.Level))) + " |");
            text.AppendLine("|---|" + string.Concat(cell.Quantiles.Select(_ => "---:|")));
            text.AppendLine("| related | " + string.Join(" | ", cell.Quantiles.Select(q => Log(q.Related))) + " |");
            text.AppendLine("| unrelated | " + string.Join(" | ", cell.Quantiles.Select(q => Log(q.Unrelated))) + " |");
            text.AppendLine();
            text.AppendLine("| LR ≥ t | related | unrelated (counted) | unrelated (estimated) | false matches per query at D (counted) | (estimated) |");
            text.AppendLine("|---:|---:|---:|---:|---:|---:|");
            foreach (var row in cell.Thresholds)
            {
                text.AppendLine(Invariant,
                    $"| {Lr(row.Threshold)} | {Percent(row.RelatedRate)} | {Rate(row.UnrelatedRate)} | {Rate(row.UnrelatedRateFromRelated)} | {Count(row.ExpectedFalseMatches)} | {Count(row.ExpectedFalseMatchesFromRelated)} |");
            }

            text.AppendLine();
            text.AppendLine(Invariant, $"LR for ≤ 1 expected false match per query at D = {Options.DatabaseSize:N0}: {Threshold(cell)}{(cell.RelatedRateAboveThreshold is { } p ? $", exceeded by {Percent(p)} of related pairs" : string.Empty)}.");
        }

        return text.ToString();
    }

    /// <summary>Every figure as JSON.</summary>
    public string Json()
    {
        var cells = new JsonArray();
        foreach (var cell in evaluation.Cells)
        {
            cells.Add(new JsonObject
            {
                ["relationship"] = Relationships.ToText(cell.Relationship),
                ["panel"] = cell.Panel.Name,
                ["markers"] = new JsonArray([.. cell.Panel.Markers.Select(m => (JsonNode?)JsonValue.Create(m))]),
                ["quantiles"] = new JsonArray([.. cell.Quantiles.Select(q => (JsonNode?)new JsonObject
                {
                    ["level"] = q.Level,
                    ["relatedLog10Lr"] = Number(q.Related),
                    ["unrelatedLog10Lr"] = Number(q.Unrelated),
                })]),
                ["thresholds"] = new JsonArray([.. cell.Thresholds.Select(t => (JsonNode?)new JsonObject
                {
                    ["lr"] = t.Threshold,
                    ["relatedRate"] = t.RelatedRate,
                    ["unrelatedRate"] = t.UnrelatedRate,
                    ["unrelatedRateEstimated"] = t.UnrelatedRateFromRelated,
                    ["expectedFalseMatches"] = t.ExpectedFalseMatches,
                    ["expectedFalseMatchesEstimated"] = t.ExpectedFalseMatchesFromRelated,
                })]),
                ["log10LrForOneFalseMatch"] = cell.Log10ThresholdForOneFalseMatch is { } x ? Number(x) : null,
                ["relatedRateAboveThreshold"] = cell.RelatedRateAboveThreshold,
            });
        }

        var root = new JsonObject
        {
            ["frequencies"] = frequencies,
            ["pairs"] = Options.Pairs,
            ["seed"] = Options.Seed,
            ["databaseSize"] = Options.DatabaseSize,
            ["theta"] = Options.Theta,
            ["mutation"] = SimulateCommand.MutationJson(mutation),
            ["cells"] = cells,
        };
        return root.ToJsonString(Indented) + "\n";
    }

    private string MutationText() =>
        mutation.Model == "none" ? "no mutation" : string.Create(Invariant, $"{mutation.Model} mutation, rate {mutation.Rate}");

    private static string Threshold(EvaluationCell cell) =>
        cell.Log10ThresholdForOneFalseMatch is { } x ? "> " + Lr(Math.Pow(10, x)) : "beyond the sample";

    private static JsonNode? Number(double x) => double.IsFinite(x) ? JsonValue.Create(x) : null;

    private static string Log(double x) => double.IsNegativeInfinity(x) ? "−∞" : x.ToString("F2", Invariant);

    private static string Percent(double x) => (100 * x).ToString(x is > 0 and < 0.001 ? "G2" : "0.#", Invariant) + " %";

    private static string Rate(double x) => x == 0 ? "0" : x.ToString(x >= 0.01 ? "0.###" : "0.0E+0", Invariant);

    private static string Count(double x) => x == 0 ? "0" : x >= 100 ? x.ToString("N0", Invariant) : x.ToString(x >= 0.01 ? "0.##" : "0.0E+0", Invariant);

    private static string Lr(double x) => x < 1e5 ? x.ToString(x < 10 ? "0.##" : "N0", Invariant) : x.ToString("0.0E+0", Invariant);
}
