using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace Homeward.Web.Pages;

/// <summary>
/// A horizontal bar chart drawn on the server as inline SVG (no script, no style attributes). Values
/// may be negative (a log10 LR against relationship): bars then grow left of a zero line.
/// </summary>
/// <param name="Title">The accessible title.</param>
/// <param name="Bars">The bars, top to bottom.</param>
public sealed record BarChart(string Title, IReadOnlyList<BarChart.Bar> Bars)
{
    private const int RowHeight = 26;
    private const int LabelWidth = 160;
    private const int BarWidth = 360;
    private const int ValueWidth = 110;

    /// <summary>One bar.</summary>
    /// <param name="Label">Its label.</param>
    /// <param name="Value">Its length (any finite number).</param>
    /// <param name="Text">The value as shown.</param>
    public sealed record Bar(string Label, double Value, string Text);

    /// <summary>The SVG markup, every text encoded.</summary>
    public IHtmlContent Render()
    {
        var e = HtmlEncoder.Default;
        var width = LabelWidth + BarWidth + ValueWidth;
        var height = (Math.Max(1, Bars.Count) * RowHeight) + 8;
        var values = Bars.Select(b => double.IsFinite(b.Value) ? b.Value : 0).ToList();
        var low = Math.Min(0, values.DefaultIfEmpty(0).Min());
        var high = Math.Max(0, values.DefaultIfEmpty(0).Max());
        var scale = high - low > 0 ? BarWidth / (high - low) : 0;
        var zero = LabelWidth + (-low * scale);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" role=\"img\" aria-label=\"{e.Encode(Title)}\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title>{e.Encode(Title)}</title>");
        for (var i = 0; i < Bars.Count; i++)
        {
            var y = (i * RowHeight) + 4;
            var length = Math.Abs(values[i]) * scale;
            var x = values[i] < 0 ? zero - length : zero;
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{y + 16}\">{e.Encode(Bars[i].Label)}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x:0.#}\" y=\"{y}\" width=\"{Math.Max(length, 1):0.#}\" height=\"{RowHeight - 8}\" fill=\"{(values[i] < 0 ? "#a32020" : "#1f5fa8")}\"></rect>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth + BarWidth + 6}\" y=\"{y + 16}\">{e.Encode(Bars[i].Text)}</text>");
        }

        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{zero:0.#}\" y1=\"0\" x2=\"{zero:0.#}\" y2=\"{height}\" stroke=\"#5b6675\"></line>");
        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }
}
