using System.Collections.Immutable;
using Homeward.Kinship.Peeling;

namespace Homeward.Kinship.Relationships;

/// <summary>
/// A fixed list of markers with their frequencies and mutation models, ready for the fast exact
/// likelihood ratios of <see cref="PairwiseLikelihoodRatioTable"/> and
/// <see cref="TrioLikelihoodRatioTable"/>. A profile over the panel is encoded as one
/// <see cref="ushort"/> per marker (<see cref="Encode"/>): the index of the genotype {i ≤ j} of
/// table alleles i and j, <c>j(j+1)/2 + i</c>, or <see cref="Untyped"/>; profiles can so be held
/// back to back in one contiguous array and passed as spans. Frequencies are used as given, as by
/// <see cref="LikelihoodRatioCalculator"/> (θ = 0). Immutable.
/// </summary>
public sealed class MarkerPanel
{
    /// <summary>The code of a marker not typed in a profile.</summary>
    public const ushort Untyped = ushort.MaxValue;

    /// <summary>The most alleles a marker of a panel may have (so that G + 1 codes fit a ushort).</summary>
    public const int MaxAlleles = 360;

    private readonly MarkerSystem[] _systems;
    private readonly Dictionary<string, int> _indexByKey;

    private MarkerPanel(ImmutableArray<MarkerFrequencies> markers, MarkerSystem[] systems)
    {
        Markers = markers;
        _systems = systems;
        _indexByKey = new Dictionary<string, int>(markers.Length, StringComparer.Ordinal);
        for (var m = 0; m < markers.Length; m++)
        {
            _indexByKey.Add(markers[m].Key, m);
        }
    }

    /// <summary>The markers, in the order of a profile's codes.</summary>
    public ImmutableArray<MarkerFrequencies> Markers { get; }

    /// <summary>The number of markers: the length of an encoded profile.</summary>
    public int Count => Markers.Length;

    /// <summary>
    /// A panel of the named markers (any usual spelling) of <paramref name="frequencies"/>, with the
    /// mutation models of <paramref name="mutation"/> (none when null). Fails when a marker is not in
    /// the table, is named twice, has more than <see cref="MaxAlleles"/> alleles, or a mutation
    /// model cannot be applied to it.
    /// </summary>
    public static Result<MarkerPanel> Create(FrequencyTable frequencies, IEnumerable<string> markerNames, MutationSettings? mutation = null)
    {
        ArgumentNullException.ThrowIfNull(frequencies);
        ArgumentNullException.ThrowIfNull(markerNames);
        mutation ??= MutationSettings.None;
        var errors = new List<InputError>();
        var markers = ImmutableArray.CreateBuilder<MarkerFrequencies>();
        var systems = new List<MarkerSystem>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in markerNames)
        {
            var match = frequencies.Find(name);
            if (match is null)
            {
                errors.Add(new InputError($"marker {name}", $"is not in the frequency table ({frequencies.Source})"));
                continue;
            }

            var marker = match.Value.Marker;
            if (!seen.Add(marker.Key))
            {
                errors.Add(new InputError($"marker {name}", "is named twice"));
                continue;
            }

            if (marker.Count > MaxAlleles)
            {
                errors.Add(new InputError($"marker {name}", $"has {marker.Count} alleles; a panel allows at most {MaxAlleles}"));
                continue;
            }

            var models = mutation.For(marker.Name);
            var male = models.Male.BuildMatrix(marker.Alleles, marker.Frequencies);
            var female = models.Female.BuildMatrix(marker.Alleles, marker.Frequencies);
            if (!male.IsSuccess || !female.IsSuccess)
            {
                errors.AddRange((male.Errors ?? []).Concat(female.Errors ?? []).Select(e => e with { Place = $"mutation at marker {name}" }));
                continue;
            }

            markers.Add(marker);
            systems.Add(new MarkerSystem([.. marker.Frequencies], male.Value, female.Value));
        }

        if (errors.Count == 0 && markers.Count == 0)
        {
            errors.Add(new InputError("markers", "a panel needs at least one marker"));
        }

        return errors.Count > 0 ? Result<MarkerPanel>.Failure(errors) : new MarkerPanel(markers.ToImmutable(), [.. systems]);
    }

    /// <summary>
    /// Encodes a profile (marker name in any usual spelling → genotype) over the panel; panel markers
    /// the profile lacks are <see cref="Untyped"/>, profile markers the panel lacks are ignored.
    /// Fails when an allele is not in the marker's frequency table or a marker is given twice.
    /// </summary>
    public Result<ushort[]> Encode(IReadOnlyDictionary<string, Genotype> genotypes)
    {
        ArgumentNullException.ThrowIfNull(genotypes);
        var codes = new ushort[Count];
        Array.Fill(codes, Untyped);
        var errors = new List<InputError>();
        foreach (var (name, genotype) in genotypes)
        {
            if (!_indexByKey.TryGetValue(MarkerNames.Key(name), out var m))
            {
                continue;
            }

            var marker = Markers[m];
            if (codes[m] != Untyped)
            {
                errors.Add(new InputError($"marker {name}", $"is typed twice (as '{marker.Name}' and '{name}')"));
                continue;
            }

            var a = marker.IndexOf(genotype.First);
            var b = marker.IndexOf(genotype.Second);
            if (a < 0 || b < 0)
            {
                var missing = a < 0 ? genotype.First : genotype.Second;
                errors.Add(new InputError($"marker {name}", $"allele {missing} is not in the frequency table of the panel"));
                continue;
            }

            codes[m] = (ushort)GenotypeSpace.Index(a, b);
        }

        return errors.Count > 0 ? Result<ushort[]>.Failure(errors) : codes;
    }

    /// <summary>Precomputes the pairwise likelihood-ratio tables of a relationship over this panel.</summary>
    public PairwiseLikelihoodRatioTable Pairwise(PairwiseRelationship relationship) => new(this, relationship);

    /// <summary>Precomputes the transmission tables of trios (child, father, mother) over this panel.</summary>
    public TrioLikelihoodRatioTable Trio() => new(this);

    internal MarkerSystem System(int marker) => _systems[marker];
}
