namespace Homeward.Search;

/// <summary>
/// Reports of one shape whose donors are scored by per-query tables: for each report, one genotype
/// code per marker and donor. Stored in tiles of <see cref="Tile"/> reports, marker-major inside a
/// tile, so that a scan reads each marker's codes contiguously and the column can grow without
/// knowing its final size. A partly filled last tile is padded with code 0 and never reported.
/// </summary>
internal sealed class DonorColumn
{
    public const int Tile = 64;
    private readonly int _markers;
    private readonly int _donorsPerReport;
    private readonly ushort[][] _codes;

    public DonorColumn(string shape, IReadOnlyList<string> relatives, int markers, int donorsPerReport)
    {
        Shape = shape;
        Relatives = relatives;
        _markers = markers;
        _donorsPerReport = donorsPerReport;
        _codes = new ushort[donorsPerReport][];
        for (var d = 0; d < donorsPerReport; d++)
        {
            _codes[d] = new ushort[markers * Tile];
        }
    }

    /// <summary>A name for the shape ("mother", "father+mother").</summary>
    public string Shape { get; }

    /// <summary>The donors' roles, as printed in results.</summary>
    public IReadOnlyList<string> Relatives { get; }

    public IdPool Ids { get; } = new();

    public int Count => Ids.Count;

    public int TileCount => (Count + Tile - 1) / Tile;

    public long Bytes => (_codes.Sum(c => (long)c.Length) * sizeof(ushort)) + Ids.Bytes;

    /// <summary>The codes of donor slot d (0 for single-donor shapes; 0 father, 1 mother for trios).</summary>
    public ushort[] Codes(int donor) => _codes[donor];

    /// <summary>Adds a report; <paramref name="codes"/> holds the donors' codes one after the other.</summary>
    public void Add(string reportId, ReadOnlySpan<ushort> codes)
    {
        var i = Count;
        var tile = i / Tile;
        var within = i % Tile;
        var tileBase = tile * _markers * Tile;
        if (tileBase + (_markers * Tile) > _codes[0].Length)
        {
            for (var d = 0; d < _donorsPerReport; d++)
            {
                Array.Resize(ref _codes[d], Math.Max(_codes[d].Length * 2, tileBase + (_markers * Tile)));
            }
        }

        for (var d = 0; d < _donorsPerReport; d++)
        {
            var source = codes.Slice(d * _markers, _markers);
            var target = _codes[d];
            for (var m = 0; m < _markers; m++)
            {
                target[tileBase + (m * Tile) + within] = source[m];
            }
        }

        Ids.Add(reportId);
    }

    public void Trim()
    {
        var length = TileCount * _markers * Tile;
        for (var d = 0; d < _donorsPerReport; d++)
        {
            Array.Resize(ref _codes[d], length);
        }

        Ids.Trim();
    }
}
