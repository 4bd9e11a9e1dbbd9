using System.Numerics;

namespace Homeward.Search;

/// <summary>What the search needs of a donor column whatever its code width.</summary>
internal interface IDonorColumn
{
    string Shape { get; }

    IReadOnlyList<string> Relatives { get; }

    IdPool Ids { get; }

    int Count { get; }

    int TileCount { get; }

    long Bytes { get; }

    long CodeBytes { get; }
}

/// <summary>
/// Reports of one shape whose donors are scored by per-query tables: for each report, one genotype
/// code per marker and donor. Codes are bytes when every marker has fewer than 256 genotypes (a
/// 22-allele marker has 253), otherwise <see cref="ushort"/>s. Stored in tiles of <see cref="DonorColumns.Tile"/>
/// reports, marker-major inside a tile, so that a scan reads each marker's codes contiguously and the
/// column grows without knowing its final size. A partly filled last tile is padded with code 0 and
/// never reported.
/// </summary>
/// <typeparam name="T"><see cref="byte"/> or <see cref="ushort"/>.</typeparam>
internal sealed class DonorColumn<T> : IDonorColumn
    where T : unmanaged, IBinaryInteger<T>
{
    private readonly int _markers;
    private readonly int _donorsPerReport;
    private readonly T[][] _codes;

    public DonorColumn(string shape, IReadOnlyList<string> relatives, int markers, int donorsPerReport)
    {
        Shape = shape;
        Relatives = relatives;
        _markers = markers;
        _donorsPerReport = donorsPerReport;
        _codes = new T[donorsPerReport][];
        for (var d = 0; d < donorsPerReport; d++)
        {
            _codes[d] = new T[markers * DonorColumns.Tile];
        }
    }

    public string Shape { get; }

    public IReadOnlyList<string> Relatives { get; }

    public IdPool Ids { get; } = new();

    public int Count => Ids.Count;

    public int TileCount => (Count + DonorColumns.Tile - 1) / DonorColumns.Tile;

    public long CodeBytes => _codes.Sum(c => (long)c.Length) * System.Runtime.CompilerServices.Unsafe.SizeOf<T>();

    public long Bytes => CodeBytes + Ids.Bytes;

    /// <summary>The codes of donor slot d (0 for single-donor shapes; 0 father, 1 mother for trios).</summary>
    public T[] Codes(int donor) => _codes[donor];

    /// <summary>Adds a report; <paramref name="codes"/> holds the donors' codes one after the other.</summary>
    public void Add(string reportId, ReadOnlySpan<ushort> codes)
    {
        var i = Count;
        var tileBase = i / DonorColumns.Tile * _markers * DonorColumns.Tile;
        var within = i % DonorColumns.Tile;
        if (tileBase + (_markers * DonorColumns.Tile) > _codes[0].Length)
        {
            for (var d = 0; d < _donorsPerReport; d++)
            {
                Array.Resize(ref _codes[d], Math.Max(_codes[d].Length * 2, tileBase + (_markers * DonorColumns.Tile)));
            }
        }

        for (var d = 0; d < _donorsPerReport; d++)
        {
            var source = codes.Slice(d * _markers, _markers);
            var target = _codes[d];
            for (var m = 0; m < _markers; m++)
            {
                target[tileBase + (m * DonorColumns.Tile) + within] = T.CreateChecked(source[m]);
            }
        }

        Ids.Add(reportId);
    }

    public void Trim()
    {
        var length = TileCount * _markers * DonorColumns.Tile;
        for (var d = 0; d < _donorsPerReport; d++)
        {
            Array.Resize(ref _codes[d], length);
        }

        Ids.Trim();
    }
}

/// <summary>The tile size and the choice of code width.</summary>
internal static class DonorColumns
{
    public const int Tile = 64;

    /// <summary>A column with byte codes when every marker's codes (0 … G) fit, else ushort codes.</summary>
    public static IDonorColumn Create(MarkerPanel panel, string shape, IReadOnlyList<string> relatives, int donorsPerReport) =>
        UsesBytes(panel)
            ? new DonorColumn<byte>(shape, relatives, panel.Count, donorsPerReport)
            : new DonorColumn<ushort>(shape, relatives, panel.Count, donorsPerReport);

    public static bool UsesBytes(MarkerPanel panel) => panel.Markers.All(m => m.GenotypeCount <= byte.MaxValue);

    public static void Add(IDonorColumn column, string reportId, ReadOnlySpan<ushort> codes)
    {
        switch (column)
        {
            case DonorColumn<byte> bytes:
                bytes.Add(reportId, codes);
                break;
            case DonorColumn<ushort> shorts:
                shorts.Add(reportId, codes);
                break;
        }
    }

    public static void Trim(IDonorColumn column)
    {
        (column as DonorColumn<byte>)?.Trim();
        (column as DonorColumn<ushort>)?.Trim();
    }
}
