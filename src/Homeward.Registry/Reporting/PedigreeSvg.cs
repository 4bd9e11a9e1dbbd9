using System.Globalization;
using System.Xml.Linq;
using Homeward.Kinship;

namespace Homeward.Registry.Reporting;

/// <summary>
/// Draws a <see cref="PedigreeLayout"/> as SVG in the usual notation: squares for males, circles for
/// females, diamonds for unknown sex; a line joins partners and drops to a bar over their children.
/// Typed persons are filled; the missing child is outlined in red on yellow. Built with
/// <see cref="XElement"/>, so labels are escaped and the document is well-formed by construction.
/// </summary>
public static class PedigreeSvg
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private const double SlotWidth = 150;
    private const double RowHeight = 120;
    private const double Size = 36;
    private const double Margin = 20;
    private const double LegendHeight = 40;

    private static readonly (string Fill, string Stroke, string Text)[] LegendItems =
        [("#4a6fa5", "#222222", "typed (DNA profile)"), ("#ffffff", "#222222", "not typed"), ("#f7d774", "#c0392b", "missing child = found child under H1")];

    /// <summary>
    /// The drawing as an <c>svg</c> element (to inline in HTML or save as a file). Colours are SVG
    /// presentation attributes, never <c>style</c>, so a page under a content security policy without
    /// <c>unsafe-inline</c> can inline it. <paramref name="words"/> translates the legend's English
    /// texts (identity when null).
    /// </summary>
    public static XElement Draw(PedigreeLayout layout, string title, Func<string, string>? words = null)
    {
        ArgumentNullException.ThrowIfNull(layout);
        var w = words ?? (t => t);
        var legend = LegendItems.Select(i => (i.Fill, i.Stroke, Text: w(i.Text))).ToArray();
        var legendWidth = (2 * Margin) + legend.Sum(i => LegendItemWidth(i.Text));
        var width = Math.Max((Math.Max(layout.Width, 3) * SlotWidth) + (2 * Margin), legendWidth);
        var height = (layout.Generations * RowHeight) + (2 * Margin) + LegendHeight;
        var root = new XElement(
            Svg + "svg",
            new XAttribute("width", N(width)),
            new XAttribute("height", N(height)),
            new XAttribute("viewBox", $"0 0 {N(width)} {N(height)}"),
            new XAttribute("role", "img"),
            new XAttribute("font-family", "sans-serif"),
            new XAttribute("font-size", "12"),
            new XElement(Svg + "title", title));
        var byPerson = layout.Nodes.ToDictionary(n => n.Person);
        foreach (var family in layout.Families)
        {
            root.Add(FamilyLines(family, byPerson));
        }

        foreach (var node in layout.Nodes)
        {
            root.Add(Person(node));
        }

        root.Add(Legend(height - LegendHeight + 10, legend));
        return root;
    }

    /// <summary>The drawing as SVG markup (no XML declaration).</summary>
    public static string Render(PedigreeLayout layout, string title) => Draw(layout, title).ToString(SaveOptions.DisableFormatting);

    private static double X(PedigreeNode node) => Margin + ((node.Slot + 0.5) * SlotWidth);

    private static double Y(PedigreeNode node) => Margin + (Size / 2) + (node.Generation * RowHeight);

    private static IEnumerable<XElement> FamilyLines(PedigreeFamily family, Dictionary<int, PedigreeNode> nodes)
    {
        var father = nodes[family.Father];
        var mother = nodes[family.Mother];
        var (fx, fy, mx, my) = (X(father), Y(father), X(mother), Y(mother));
        yield return Line(fx, fy, mx, my, "partners");
        var midX = (fx + mx) / 2;
        var coupleY = Math.Max(fy, my);
        var children = family.Children.Select(c => nodes[c]).ToArray();
        var barY = Y(children[0]) - (Size / 2) - 24;
        yield return Line(midX, coupleY, midX, barY, "descent");
        var xs = children.Select(X).Append(midX).ToArray();
        yield return Line(xs.Min(), barY, xs.Max(), barY, "sibship");
        foreach (var child in children)
        {
            yield return Line(X(child), barY, X(child), Y(child) - (Size / 2), "descent");
        }
    }

    private static XElement Person(PedigreeNode node)
    {
        var (x, y) = (X(node), Y(node));
        var fill = node.IsMissingChild ? "#f7d774" : node.Typed ? "#4a6fa5" : "#ffffff";
        var stroke = node.IsMissingChild ? "#c0392b" : "#222222";
        var strokeWidth = node.IsMissingChild ? "3" : "1.5";
        XElement symbol = node.Sex switch
        {
            Sex.Male => new XElement(Svg + "rect", new XAttribute("x", N(x - (Size / 2))), new XAttribute("y", N(y - (Size / 2))), new XAttribute("width", N(Size)), new XAttribute("height", N(Size))),
            Sex.Female => new XElement(Svg + "circle", new XAttribute("cx", N(x)), new XAttribute("cy", N(y)), new XAttribute("r", N(Size / 2))),
            _ => new XElement(Svg + "polygon", new XAttribute("points", $"{N(x)},{N(y - (Size / 2))} {N(x + (Size / 2))},{N(y)} {N(x)},{N(y + (Size / 2))} {N(x - (Size / 2))},{N(y)}")),
        };
        symbol.Add(new XAttribute("fill", fill), new XAttribute("stroke", stroke), new XAttribute("stroke-width", strokeWidth));
        var group = new XElement(
            Svg + "g",
            new XAttribute("class", node.IsMissingChild ? "person missing-child" : node.Typed ? "person typed" : "person"),
            new XAttribute("data-id", node.Id),
            symbol);
        var lines = node.Label.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            group.Add(new XElement(Svg + "text", new XAttribute("x", N(x)), new XAttribute("y", N(y + (Size / 2) + 14 + (i * 14))), new XAttribute("text-anchor", "middle"), lines[i]));
        }

        return group;
    }

    private static XElement Legend(double y, IEnumerable<(string Fill, string Stroke, string Text)> items)
    {
        var legend = new XElement(Svg + "g", new XAttribute("class", "legend"));
        var x = Margin;
        foreach (var (fill, stroke, text) in items)
        {
            legend.Add(new XElement(Svg + "rect", new XAttribute("x", N(x)), new XAttribute("y", N(y)), new XAttribute("width", "14"), new XAttribute("height", "14"), new XAttribute("fill", fill), new XAttribute("stroke", stroke)));
            legend.Add(new XElement(Svg + "text", new XAttribute("x", N(x + 20)), new XAttribute("y", N(y + 12)), text));
            x += LegendItemWidth(text);
        }

        return legend;
    }

    /// <summary>The room of one legend item: its square, a gap and the text (CJK glyphs are about twice as wide as Latin ones).</summary>
    private static double LegendItemWidth(string text) => 40 + text.Sum(c => c >= 0x2E80 ? 12.0 : 6.5);

    private static XElement Line(double x1, double y1, double x2, double y2, string kind) =>
        new(Svg + "line", new XAttribute("x1", N(x1)), new XAttribute("y1", N(y1)), new XAttribute("x2", N(x2)), new XAttribute("y2", N(y2)), new XAttribute("stroke", "#222222"), new XAttribute("stroke-width", "1.5"), new XAttribute("class", kind));

    private static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
