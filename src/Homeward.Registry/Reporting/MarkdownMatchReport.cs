using System.Text;

namespace Homeward.Registry.Reporting;

/// <summary>Renders a <see cref="MatchReport"/> as Markdown; every piece of data is escaped (<see cref="MarkdownText"/>).</summary>
public static class MarkdownMatchReport
{
    /// <summary>The report as a Markdown document.</summary>
    public static string Render(MatchReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var md = new StringBuilder();
        md.AppendLine($"# Match {E(report.MatchId)}: report {E(report.Report.Id)} × found child {E(report.Child.Id)}");
        md.AppendLine();
        md.AppendLine($"For: {E(report.Policy.Title)}. State: {E(report.State)}.");
        if (report.Notice is not null)
        {
            md.AppendLine();
            md.AppendLine($"> {E(report.Notice)}");
        }

        Summary(md, report);
        Sides(md, report);
        Dna(md, report.Dna);
        Evidence(md, report.Evidence);
        if (report.Pedigree is { } pedigree)
        {
            md.AppendLine();
            md.AppendLine("## Pedigree of H1 (the found child is the missing child of the report)");
            md.AppendLine();
            foreach (var line in PedigreeDescription.Describe(pedigree))
            {
                md.AppendLine($"- {E(line)}");
            }

            md.AppendLine();
            md.AppendLine("H2: the found child is unrelated to the relatives. The HTML report draws the pedigree.");
        }

        return md.ToString();
    }

    private static void Summary(StringBuilder md, MatchReport report)
    {
        if (report.Dna is null || report.Evidence is null)
        {
            md.AppendLine();
            md.AppendLine("A potential match is being reviewed by the task force; the figures are not shared with this audience.");
            return;
        }

        md.AppendLine();
        md.AppendLine("| | |");
        md.AppendLine("|---|---|");
        md.AppendLine($"| DNA likelihood ratio | {ReportNumbers.Lr(report.Dna.LikelihoodRatio)} |");
        md.AppendLine($"| Descriptive evidence (product) | {ReportNumbers.Lr(report.Evidence.DescriptiveLikelihoodRatio)} |");
        md.AppendLine($"| Prior odds | {ReportNumbers.Odds(report.Evidence.PriorOdds)} |");
        md.AppendLine($"| Posterior probability | {ReportNumbers.Probability(report.Evidence.PosteriorProbability)} |");
        md.AppendLine($"| Frequencies | {E(report.Dna.FrequencyTable)} |");
    }

    private static void Sides(StringBuilder md, MatchReport report)
    {
        var r = report.Report;
        md.AppendLine();
        md.AppendLine($"## Missing-child report {E(r.Id)}");
        md.AppendLine();
        if (r.Names.Count > 0)
        {
            md.AppendLine($"- Names: {string.Join("; ", r.Names.Select(E))}");
        }

        md.AppendLine($"- Sex: {E(r.Sex)}; born: {E(r.Born ?? "not known")}");
        md.AppendLine($"- Last seen: {E(r.LastSeen)}, {E(r.LastSeenPlace)}");
        Optional(md, "Description", r.Description);
        Optional(md, "Reported by", r.ReportedBy);
        md.AppendLine($"- Relatives who gave DNA: {string.Join("; ", r.Relatives.Select(Relative))}");

        var c = report.Child;
        md.AppendLine();
        md.AppendLine($"## Found child {E(c.Id)}");
        md.AppendLine();
        Optional(md, "Operation", c.OperationId);
        md.AppendLine($"- Sex: {E(c.Sex)}; estimated age: {E(c.EstimatedAge)}");
        md.AppendLine($"- Found: {E(c.FoundOn)}, {E(c.FoundPlace)}");
        if (c.KnownNames.Count > 0)
        {
            md.AppendLine($"- Names known: {string.Join("; ", c.KnownNames.Select(E))}");
        }

        Optional(md, "Description", c.Description);
        Optional(md, "Institution", c.Institution);
    }

    private static void Dna(StringBuilder md, DnaSection? dna)
    {
        if (dna is null)
        {
            return;
        }

        md.AppendLine();
        md.AppendLine("## DNA: likelihood ratio per marker");
        md.AppendLine();
        md.AppendLine($"| Marker | LR |{string.Concat(dna.Persons.Select(p => $" {E(p)} |"))}");
        md.AppendLine($"|---|---:|{string.Concat(dna.Persons.Select(_ => "---|"))}");
        foreach (var row in dna.Markers)
        {
            md.AppendLine($"| {E(row.Marker)} | {ReportNumbers.Lr(row.LikelihoodRatio)} |{string.Concat(row.Genotypes.Select(g => $" {E(g)} |"))}");
        }

        md.AppendLine($"| **combined** | **{ReportNumbers.Lr(dna.LikelihoodRatio)}** |{string.Concat(dna.Persons.Select(_ => " |"))}");
    }

    private static void Evidence(StringBuilder md, EvidenceSection? evidence)
    {
        if (evidence is null)
        {
            return;
        }

        md.AppendLine();
        md.AppendLine("## Descriptive evidence");
        md.AppendLine();
        md.AppendLine("| Evidence | LR | Why |");
        md.AppendLine("|---|---:|---|");
        foreach (var factor in evidence.Factors)
        {
            md.AppendLine($"| {factor.Kind} | {ReportNumbers.Lr(factor.LikelihoodRatio)} | {E(factor.Explanation ?? "(not shown to this audience)")} |");
        }
    }

    private static string Relative(RelativeLine relative)
    {
        var details = new[] { relative.SampleCode, relative.Name }.OfType<string>().ToArray();
        return details.Length == 0 ? $"{E(relative.Role)} ({E(relative.Sex)})" : $"{E(relative.Role)} ({E(relative.Sex)}, {string.Join(", ", details.Select(E))})";
    }

    private static void Optional(StringBuilder md, string heading, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            md.AppendLine($"- {heading}: {E(value)}");
        }
    }

    private static string E(string? text) => MarkdownText.Escape(text);
}
