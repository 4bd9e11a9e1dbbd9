using System.Collections.Immutable;

namespace Homeward.Kinship;

/// <summary>
/// Allele frequencies of a population for a set of markers. Built by <see cref="FrequencyTableReader"/>
/// from the CSV format <c>marker,allele,frequency</c> or from an inline JSON object, always validated:
/// frequencies positive and at most 1, no duplicate allele, each marker summing to 1 within
/// <see cref="SumTolerance"/>.
/// </summary>
public sealed class FrequencyTable
{
    /// <summary>
    /// How far a marker's frequencies may sum from 1 and still be accepted (the three decimals that
    /// published tables are rounded to). Accepted tables are used as given, as pedtools does.
    /// </summary>
    public const double SumTolerance = 0.001;

    private readonly Dictionary<string, MarkerFrequencies> _byKey;

    internal FrequencyTable(string source, ImmutableArray<MarkerFrequencies> markers)
    {
        Source = source;
        Markers = markers;
        _byKey = markers.ToDictionary(m => m.Key, StringComparer.Ordinal);
    }

    /// <summary>
    /// A table of already validated markers (for example a table's markers with alleles added by
    /// <see cref="MarkerFrequencies.WithAddedAlleles"/>). Marker names must be distinct under aliasing.
    /// </summary>
    public static FrequencyTable Create(string source, IEnumerable<MarkerFrequencies> markers)
    {
        ArgumentNullException.ThrowIfNull(markers);
        return new FrequencyTable(source, [.. markers]);
    }

    /// <summary>Where the table came from (a file name, or "inline").</summary>
    public string Source { get; }

    /// <summary>The markers in table order.</summary>
    public ImmutableArray<MarkerFrequencies> Markers { get; }

    /// <summary>
    /// Finds a marker by any usual spelling; <see cref="MarkerMatch.IsAlias"/> says whether the
    /// spelling differed from the table's.
    /// </summary>
    public MarkerMatch? Find(string markerName)
    {
        ArgumentNullException.ThrowIfNull(markerName);
        return _byKey.TryGetValue(MarkerNames.Key(markerName), out var marker)
            ? new MarkerMatch(marker, !string.Equals(marker.Name, markerName, StringComparison.Ordinal))
            : null;
    }
}

/// <summary>A marker found in a table, and whether it was found under another spelling.</summary>
/// <param name="Marker">The table's marker.</param>
/// <param name="IsAlias">True when the requested name was not spelled as in the table.</param>
public readonly record struct MarkerMatch(MarkerFrequencies Marker, bool IsAlias);
