using Homeward.Kinship;

namespace Homeward.Data.Profiles;

/// <summary>
/// Collects the genotypes of one profile from any reader: checks allele labels, refuses a marker
/// given twice (also under another spelling: <c>vWA</c> and <c>VWA</c>), and reads Amelogenin as
/// sex rather than as a marker. One builder can read many profiles in turn (<see cref="Restart"/>).
/// </summary>
internal sealed class LociBuilder(LabelCache? cache = null)
{
    private readonly Dictionary<string, string> _keys = new(StringComparer.Ordinal);
    private readonly LabelCache _cache = cache ?? new LabelCache();
    private readonly List<KeyValuePair<string, Genotype>> _pairs = [];
    private SortedDictionary<string, Genotype>? _loci;

    /// <summary>The markers added since the start (or <see cref="Restart"/>), as a new dictionary in ordinal marker order.</summary>
    public SortedDictionary<string, Genotype> Loci => _loci ??= new SortedDictionary<string, Genotype>(_pairs.ToDictionary(StringComparer.Ordinal), StringComparer.Ordinal);

    /// <summary>The number of markers added.</summary>
    public int Count => _pairs.Count;

    /// <summary>The sex Amelogenin shows (X,X → female; X,Y → male), when it was typed.</summary>
    public Sex? AmelogeninSex { get; private set; }

    /// <summary>
    /// Starts the next profile: new <see cref="Loci"/> (the previous profile keeps its own), no
    /// Amelogenin; the marker keys seen are forgotten but their table is kept.
    /// </summary>
    public void Restart()
    {
        _keys.Clear();
        _pairs.Clear();
        _loci = null;
        AmelogeninSex = null;
    }

    /// <summary>The canonical JSON of the markers added (<see cref="ProfileJson.Loci"/>), without a dictionary in between.</summary>
    public string CanonicalJson()
    {
        _pairs.Sort(static (a, b) => string.CompareOrdinal(a.Key, b.Key));
        return ProfileJson.SortedLoci(_pairs);
    }

    /// <summary>
    /// Adds a marker with one or two allele texts (one, or a blank second: homozygous). Returns the
    /// problem, or null.
    /// </summary>
    public string? Add(string marker, string? first, string? second)
    {
        marker = marker.Trim();
        if (marker.Length == 0)
        {
            return "the marker name is empty";
        }

        first = string.IsNullOrWhiteSpace(first) ? null : first.Trim();
        second = string.IsNullOrWhiteSpace(second) ? null : second.Trim();
        if (first is null && second is null)
        {
            return null; // not typed
        }

        first ??= second;
        second ??= first;
        var key = _cache.MarkerKey(marker);
        if (key == "AMEL")
        {
            var pair = string.Concat(new[] { first!, second! }.Order(StringComparer.OrdinalIgnoreCase)).ToUpperInvariant();
            AmelogeninSex = pair switch
            {
                "XX" => Sex.Female,
                "XY" => Sex.Male,
                _ => null,
            };
            return AmelogeninSex is null ? $"Amelogenin '{first},{second}' must be X,X or X,Y" : null;
        }

        if (_keys.TryGetValue(key, out var earlier))
        {
            return $"marker '{marker}' is given twice (also as '{earlier}')";
        }

        if (!_cache.TryParse(first!, out var a, out var error) || !_cache.TryParse(second!, out var b, out error))
        {
            return $"{marker}: {error}";
        }

        _keys.Add(key, marker);
        _pairs.Add(new KeyValuePair<string, Genotype>(marker, new Genotype(a, b)));
        _loci = null;
        return null;
    }
}

/// <summary>
/// Marker keys and allele labels already parsed by one reader: a file repeats a few dozen marker
/// names and a few hundred allele texts millions of times.
/// </summary>
internal sealed class LabelCache
{
    private const int Limit = 100_000;
    private readonly Dictionary<string, string> _markers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AlleleLabel> _alleles = new(StringComparer.Ordinal);

    public string MarkerKey(string marker)
    {
        if (!_markers.TryGetValue(marker, out var key))
        {
            key = MarkerNames.Key(marker);
            if (_markers.Count < Limit)
            {
                _markers.Add(marker, key);
            }
        }

        return key;
    }

    public bool TryParse(string text, out AlleleLabel label, out string? error)
    {
        if (_alleles.TryGetValue(text, out label))
        {
            error = null;
            return true;
        }

        if (!AlleleLabel.TryParse(text, out label, out error))
        {
            return false;
        }

        if (_alleles.Count < Limit)
        {
            _alleles.Add(text, label);
        }

        return true;
    }
}
