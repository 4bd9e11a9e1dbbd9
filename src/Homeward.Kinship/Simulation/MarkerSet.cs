using System.Collections.Immutable;

namespace Homeward.Kinship.Simulation;

/// <summary>A named set of markers, such as a commercial kit or a national panel.</summary>
/// <param name="Name">A short name (<c>china19</c>).</param>
/// <param name="Markers">The marker names.</param>
public sealed record MarkerSet(string Name, ImmutableArray<string> Markers)
{
    /// <summary>The 15 autosomal STRs of the Identifiler kit.</summary>
    public static MarkerSet Identifiler15 { get; } = new("identifiler15",
    [
        "D8S1179", "D21S11", "D7S820", "CSF1PO", "D3S1358", "TH01", "D13S317", "D16S539",
        "D2S1338", "D19S433", "vWA", "TPOX", "D18S51", "D5S818", "FGA",
    ]);

    /// <summary>
    /// The 19 loci of China's national judicial panel (DESIGN.md §3): the 13 original CODIS loci
    /// plus Penta E, Penta D, D2S1338, D19S433, D12S391 and D6S1043 (Goldeneye 20A).
    /// </summary>
    public static MarkerSet China19 { get; } = new("china19",
    [
        "CSF1PO", "FGA", "TH01", "TPOX", "vWA", "D3S1358", "D5S818", "D7S820", "D8S1179",
        "D13S317", "D16S539", "D18S51", "D21S11", "Penta E", "Penta D", "D2S1338", "D19S433",
        "D12S391", "D6S1043",
    ]);

    /// <summary>
    /// 24 loci: <see cref="China19"/> plus the remaining expanded CODIS loci D1S1656, D2S441,
    /// D10S1248, D22S1045 and SE33 (roughly what GlobalFiler and Huaxia Platinum add).
    /// </summary>
    public static MarkerSet Extended24 { get; } = new("extended24",
        [.. China19.Markers, "D1S1656", "D2S441", "D10S1248", "D22S1045", "SE33"]);

    /// <summary>The panels known by name.</summary>
    public static ImmutableArray<MarkerSet> Known { get; } = [Identifiler15, China19, Extended24];

    /// <summary>Finds a known panel by name (ordinal, case-insensitive).</summary>
    public static MarkerSet? Find(string? name) =>
        Known.FirstOrDefault(p => string.Equals(p.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The first <paramref name="count"/> markers of a table, in table order, as a panel named
    /// <c>first{count}</c>.
    /// </summary>
    public static MarkerSet FirstOf(FrequencyTable table, int count)
    {
        ArgumentNullException.ThrowIfNull(table);
        return new MarkerSet($"first{count}", [.. table.Markers.Take(count).Select(m => m.Name)]);
    }

    /// <summary>Every marker of a table, as a panel named <c>all</c>.</summary>
    public static MarkerSet AllOf(FrequencyTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return new MarkerSet("all", [.. table.Markers.Select(m => m.Name)]);
    }
}
