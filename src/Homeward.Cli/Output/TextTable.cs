using System.Text;

namespace Homeward.Cli.Output;

/// <summary>A plain-text table: columns padded to their widest cell, numbers right-aligned.</summary>
internal sealed class TextTable(params string[] headers)
{
    private readonly List<string[]> _rows = [];

    public void Add(params string[] cells)
    {
        if (cells.Length != headers.Length)
        {
            throw new ArgumentException($"expected {headers.Length} cells, got {cells.Length}", nameof(cells));
        }

        _rows.Add(cells);
    }

    /// <summary>Writes the table; <paramref name="rightAligned"/> marks the numeric columns.</summary>
    public void Write(TextWriter writer, string indent = "", params int[] rightAligned)
    {
        var widths = headers.Select((h, i) => _rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        WriteRow(writer, indent, headers, widths, rightAligned);
        WriteRow(writer, indent, widths.Select(w => new string('-', w)).ToArray(), widths, rightAligned);
        foreach (var row in _rows)
        {
            WriteRow(writer, indent, row, widths, rightAligned);
        }
    }

    private static void WriteRow(TextWriter writer, string indent, string[] cells, int[] widths, int[] rightAligned)
    {
        var line = new StringBuilder(indent);
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0)
            {
                line.Append("  ");
            }

            var right = Array.IndexOf(rightAligned, i) >= 0;
            line.Append(right ? cells[i].PadLeft(widths[i]) : cells[i].PadRight(widths[i]));
        }

        writer.WriteLine(line.ToString().TrimEnd());
    }
}
