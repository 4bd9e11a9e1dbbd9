using System.Text;

namespace Homeward.Search.JsonLines;

/// <summary>
/// The properties of one JSON Lines profile (DESIGN.md §4) as read by
/// <see cref="JsonProfileLineParser"/>, before any rule of a reader is applied: either
/// <see cref="Error"/> (the line is not one JSON object) or the values. Valid until the parser
/// reads its next line.
/// </summary>
public sealed class JsonProfileLine
{
    private readonly List<JsonLineMarker> _markers = [];

    /// <summary>Why the line is not one JSON object (the message after the place), or null.</summary>
    public string? Error { get; internal set; }

    /// <summary>The line's UTF-8 bytes.</summary>
    public ReadOnlyMemory<byte> Bytes { get; private set; }

    /// <summary><c>id</c>.</summary>
    public JsonLineValue Id { get; internal set; }

    /// <summary><c>report</c>.</summary>
    public JsonLineValue Report { get; internal set; }

    /// <summary><c>role</c>.</summary>
    public JsonLineValue Role { get; internal set; }

    /// <summary><c>sex</c>.</summary>
    public JsonLineValue Sex { get; internal set; }

    /// <summary><c>lab</c>.</summary>
    public JsonLineValue Lab { get; internal set; }

    /// <summary><c>kit</c>.</summary>
    public JsonLineValue Kit { get; internal set; }

    /// <summary><c>loci</c> (its entries are <see cref="Markers"/> when it is an object).</summary>
    public JsonLineValue Loci { get; internal set; }

    /// <summary>The entries of <c>loci</c>, in the order given.</summary>
    public IReadOnlyList<JsonLineMarker> Markers => _markers;

    /// <summary>A value exactly as written in the line (a string with its quotes and escapes).</summary>
    public string Raw(JsonLineValue value) => Encoding.UTF8.GetString(Bytes.Span.Slice(value.Start, value.Length));

    internal void Reset(ReadOnlyMemory<byte> bytes)
    {
        Bytes = bytes;
        Error = null;
        Id = Report = Role = Sex = Lab = Kit = Loci = default;
        _markers.Clear();
    }

    internal void Add(JsonLineMarker marker) => _markers.Add(marker);
}
