using System.Text;

namespace Homeward.Registry.Reporting;

/// <summary>
/// Renders a <see cref="MatchReport"/> as one self-contained HTML page (inline style, the pedigree as
/// inline SVG, no scripts, no external resources); every piece of data is escaped (<see cref="HtmlText"/>).
/// </summary>
public static class HtmlMatchReport
{
    private const string Style =
        "body{font-family:sans-serif;max-width:60em;margin:2em auto;padding:0 1em;color:#222}" +
        "table{border-collapse:collapse;margin:.5em 0}th,td{border:1px solid #bbb;padding:.2em .5em;text-align:left}" +
        "td.n{text-align:right;font-variant-numeric:tabular-nums}.notice{background:#fff4d6;padding:.5em 1em;border-left:4px solid #e0a800}" +
        "dt{font-weight:bold}dd{margin:0 0 .4em 1em}";

    /// <summary>The report as an HTML document.</summary>
    public static string Render(MatchReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var title = $"Match {report.MatchId}: report {report.Report.Id} × found child {report.Child.Id}";
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n");
        html.Append($"<title>{E(title)}</title>\n<style>{Style}</style>\n</head>\n<body>\n");
        html.Append($"<h1>{E(title)}</h1>\n<p>For: {E(report.Policy.Title)}. State: {E(report.State)}.</p>\n");
        if (report.Notice is not null)
        {
            html.Append($"<p class=\"notice\">{E(report.Notice)}</p>\n");
        }

        Summary(html, report);
        Sides(html, report);
        Dna(html, report.Dna);
        Evidence(html, report.Evidence);
        if (report.Pedigree is { } pedigree)
        {
            html.Append("<h2>Pedigree of H1 (the found child is the missing child of the report)</h2>\n");
            html.Append(PedigreeSvg.Render(pedigree, $"Pedigree of report {report.Report.Id} with found child {report.Child.Id} as the missing child"));
            html.Append("\n<p>H2: the found child is unrelated to the relatives.</p>\n");
        }

        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static void Summary(StringBuilder html, MatchReport report)
    {
        if (report.Dna is null || report.Evidence is null)
        {
            html.Append("<p>A potential match is being reviewed by the task force; the figures are not shared with this audience.</p>\n");
            return;
        }

        html.Append("<table>\n");
        Row(html, "DNA likelihood ratio", ReportNumbers.Lr(report.Dna.LikelihoodRatio));
        Row(html, "Descriptive evidence (product)", ReportNumbers.Lr(report.Evidence.DescriptiveLikelihoodRatio));
        Row(html, "Prior odds", ReportNumbers.Odds(report.Evidence.PriorOdds));
        Row(html, "Posterior probability", ReportNumbers.Probability(report.Evidence.PosteriorProbability));
        Row(html, "Frequencies", report.Dna.FrequencyTable);
        html.Append("</table>\n");
    }

    private static void Sides(StringBuilder html, MatchReport report)
    {
        var r = report.Report;
        html.Append($"<h2>Missing-child report {E(r.Id)}</h2>\n<dl>\n");
        Item(html, "Names", r.Names.Count > 0 ? string.Join("; ", r.Names) : null);
        Item(html, "Sex", r.Sex);
        Item(html, "Born", r.Born ?? "not known");
        Item(html, "Last seen", $"{r.LastSeen}, {r.LastSeenPlace}");
        Item(html, "Description", r.Description);
        Item(html, "Reported by", r.ReportedBy);
        Item(html, "Relatives who gave DNA", string.Join("; ", r.Relatives.Select(Relative)));
        html.Append("</dl>\n");

        var c = report.Child;
        html.Append($"<h2>Found child {E(c.Id)}</h2>\n<dl>\n");
        Item(html, "Operation", c.OperationId);
        Item(html, "Sex", c.Sex);
        Item(html, "Estimated age", c.EstimatedAge);
        Item(html, "Found", $"{c.FoundOn}, {c.FoundPlace}");
        Item(html, "Names known", c.KnownNames.Count > 0 ? string.Join("; ", c.KnownNames) : null);
        Item(html, "Description", c.Description);
        Item(html, "Institution", c.Institution);
        html.Append("</dl>\n");
    }

    private static void Dna(StringBuilder html, DnaSection? dna)
    {
        if (dna is null)
        {
            return;
        }

        html.Append("<h2>DNA: likelihood ratio per marker</h2>\n<table>\n<tr><th>Marker</th><th>LR</th>");
        html.Append(string.Concat(dna.Persons.Select(p => $"<th>{E(p)}</th>")));
        html.Append("</tr>\n");
        foreach (var row in dna.Markers)
        {
            html.Append($"<tr><td>{E(row.Marker)}</td><td class=\"n\">{E(ReportNumbers.Lr(row.LikelihoodRatio))}</td>");
            html.Append(string.Concat(row.Genotypes.Select(g => $"<td>{E(g)}</td>")));
            html.Append("</tr>\n");
        }

        html.Append($"<tr><th>combined</th><th class=\"n\">{E(ReportNumbers.Lr(dna.LikelihoodRatio))}</th>{string.Concat(dna.Persons.Select(_ => "<td></td>"))}</tr>\n</table>\n");
    }

    private static void Evidence(StringBuilder html, EvidenceSection? evidence)
    {
        if (evidence is null)
        {
            return;
        }

        html.Append("<h2>Descriptive evidence</h2>\n<table>\n<tr><th>Evidence</th><th>LR</th><th>Why</th></tr>\n");
        foreach (var factor in evidence.Factors)
        {
            html.Append($"<tr><td>{E(factor.Kind.ToString())}</td><td class=\"n\">{E(ReportNumbers.Lr(factor.LikelihoodRatio))}</td><td>{E(factor.Explanation ?? "(not shown to this audience)")}</td></tr>\n");
        }

        html.Append("</table>\n");
    }

    private static string Relative(RelativeLine relative)
    {
        var details = new[] { relative.Sex, relative.SampleCode, relative.Name }.OfType<string>();
        return $"{relative.Role} ({string.Join(", ", details)})";
    }

    private static void Row(StringBuilder html, string heading, string value) =>
        html.Append($"<tr><th>{E(heading)}</th><td>{E(value)}</td></tr>\n");

    private static void Item(StringBuilder html, string heading, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            html.Append($"<dt>{E(heading)}</dt><dd>{E(value)}</dd>\n");
        }
    }

    private static string E(string? text) => HtmlText.Escape(text);
}
