using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace Homeward.Web.Pages;

/// <summary>A horizontal bar chart drawn on the server as inline SVG (no script, no style attributes).</summary>
/// <param name="Title">The accessible title.</param>
/// <param name="Bars">The bars, top to bottom.</param>
public sealed record BarChart(string Title, IReadOnlyList<BarChart.Bar> Bars)
{
    private const int RowHeight = 26;
    private const int LabelWidth = 210;
    private const int BarWidth = 360;
    private const int ValueWidth = 110;

    /// <summary>One bar.</summary>
    /// <param name="Label">Its label.</param>
    /// <param name="Value">Its length (non-negative).</param>
    /// <param name="Text">The value as shown.</param>
    public sealed record Bar(string Label, double Value, string Text);

    /// <summary>The SVG markup, every text encoded.</summary>
    public IHtmlContent Render()
    {
        var e = HtmlEncoder.Default;
        var width = LabelWidth + BarWidth + ValueWidth;
        var height = (Math.Max(1, Bars.Count) * RowHeight) + 8;
        var max = Bars.Count == 0 ? 1 : Math.Max(Bars.Max(b => b.Value), double.Epsilon);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" role=\"img\" aria-label=\"{e.Encode(Title)}\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title>{e.Encode(Title)}</title>");
        for (var i = 0; i < Bars.Count; i++)
        {
            var bar = Bars[i];
            var y = (i * RowHeight) + 4;
            var w = bar.Value <= 0 || double.IsNaN(bar.Value) ? 0 : Math.Max(1, bar.Value / max * BarWidth);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{y + 16}\">{e.Encode(bar.Label)}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{LabelWidth}\" y=\"{y}\" width=\"{w:0.#}\" height=\"{RowHeight - 8}\" fill=\"#1f5fa8\"></rect>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth + w + 6:0.#}\" y=\"{y + 16}\">{e.Encode(bar.Text)}</text>");
        }

        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }
}
