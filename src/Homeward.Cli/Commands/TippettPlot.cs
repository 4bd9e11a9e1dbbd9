using System.Globalization;
using Homeward.Kinship.Simulation.Evaluation;
using ScottPlot;

namespace Homeward.Cli.Commands;

/// <summary>
/// Tippett plots with ScottPlot: for each marker panel, the fraction of related (solid) and
/// unrelated (dashed) pairs with log10 LR ≥ x; a dotted line marks LR = D. Pairs with LR 0 are
/// drawn at the left edge.
/// </summary>
internal static class TippettPlot
{
    private const int Width = 1100;
    private const int Height = 560;

    public static byte[] Png(Relationship relationship, IReadOnlyList<EvaluationCell> cells, long databaseSize) =>
        Build(relationship, cells, databaseSize).GetImageBytes(Width, Height, ImageFormat.Png);

    public static string Svg(Relationship relationship, IReadOnlyList<EvaluationCell> cells, long databaseSize) =>
        Build(relationship, cells, databaseSize).GetSvgXml(Width, Height);

    private static Plot Build(Relationship relationship, IReadOnlyList<EvaluationCell> cells, long databaseSize)
    {
        var finite = cells.SelectMany(c => c.RelatedLog10.Concat(c.UnrelatedLog10)).Where(double.IsFinite).ToList();
        var left = Math.Floor(finite.Count > 0 ? finite.Min() : -1) - 1;
        var right = Math.Ceiling(Math.Max(finite.Count > 0 ? finite.Max() : 1, Math.Log10(databaseSize))) + 1;
        var plot = new Plot();
        var palette = new ScottPlot.Palettes.Category10();
        for (var i = 0; i < cells.Count; i++)
        {
            var color = palette.GetColor(i);
            var label = string.Create(CultureInfo.InvariantCulture, $"{cells[i].Panel.Name} ({cells[i].MarkerCount})");
            AddCurve(plot, cells[i].RelatedLog10, left, right, color, LinePattern.Solid, $"{label} related");
            AddCurve(plot, cells[i].UnrelatedLog10, left, right, color, LinePattern.Dashed, $"{label} unrelated");
        }

        var d = plot.Add.VerticalLine(Math.Log10(databaseSize));
        d.LinePattern = LinePattern.Dotted;
        d.Color = Colors.Gray;
        d.LegendText = string.Create(CultureInfo.InvariantCulture, $"LR = D = {databaseSize:N0}");
        plot.Title($"Tippett plot: {Relationships.ToText(relationship)}, K = {cells.FirstOrDefault()?.RelatedLog10.Length ?? 0} pairs each");
        plot.XLabel("x = log10 LR");
        plot.YLabel("fraction of pairs with log10 LR ≥ x");
        plot.Axes.SetLimits(left, right, 0, 1.02);
        plot.ShowLegend(Edge.Right);
        return plot;
    }

    private static void AddCurve(Plot plot, IReadOnlyList<double> sorted, double left, double right, Color color, LinePattern pattern, string label)
    {
        // The survival function of the sample: 1 up to the smallest value, stepping down by 1/K just after each.
        var n = sorted.Count;
        var xs = new List<double>(n + 2) { left };
        var ys = new List<double>(n + 2) { 1 };
        for (var i = 0; i < n; i++)
        {
            xs.Add(Math.Max(sorted[i], left));
            ys.Add((double)(n - i - 1) / n);
        }

        xs.Add(right);
        ys.Add(0);
        var line = plot.Add.ScatterLine(xs.ToArray(), ys.ToArray());
        line.ConnectStyle = ConnectStyle.StepHorizontal;
        line.LinePattern = pattern;
        line.Color = color;
        line.LineWidth = 2;
        line.LegendText = label;
    }
}
