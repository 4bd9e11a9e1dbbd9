using System.Globalization;
using Homeward.Kinship;

namespace Homeward.Search;

/// <summary>
/// The markers of a search with their models, and the encoding of genotypes as genotype indices
/// (one <see cref="ushort"/> per marker; index <c>G</c> of a marker means "not typed"). Alleles
/// that occur in the profiles but not in the table are added once for the whole database with the
/// kinship engine's policy (the marker's smallest frequency, then rescaled), with a warning.
/// </summary>
public sealed class MarkerPanel
{
    private readonly Dictionary<string, int> _byKey;

    private MarkerPanel(FrequencyTable table, IReadOnlyList<MarkerModel> markers, IReadOnlyList<string> warnings)
    {
        Table = table;
        Markers = markers;
        Warnings = warnings;
        _byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var m = 0; m < markers.Count; m++)
        {
            _byKey[markers[m].Frequencies.Key] = m;
        }
    }

    /// <summary>The frequency table actually used (with any added alleles).</summary>
    public FrequencyTable Table { get; }

    /// <summary>The markers, in table order.</summary>
    public IReadOnlyList<MarkerModel> Markers { get; }

    /// <summary>The number of markers.</summary>
    public int Count => Markers.Count;

    /// <summary>What the user should know (alleles added).</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>Builds the panel for a set of genotype maps (all references and queries).</summary>
    public static Result<MarkerPanel> Build(KinshipSettings settings, IEnumerable<IReadOnlyDictionary<string, Genotype>> profiles)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(profiles);
        var table = settings.Frequencies;
        var unseen = new Dictionary<string, SortedSet<AlleleLabel>>(StringComparer.Ordinal);
        foreach (var loci in profiles)
        {
            foreach (var (name, genotype) in loci)
            {
                if (table.Find(name) is not { } match)
                {
                    continue;
                }

                foreach (var allele in new[] { genotype.First, genotype.Second })
                {
                    if (match.Marker.IndexOf(allele) < 0)
                    {
                        if (!unseen.TryGetValue(match.Marker.Key, out var set))
                        {
                            unseen[match.Marker.Key] = set = [];
                        }

                        set.Add(allele);
                    }
                }
            }
        }

        var warnings = new List<string>();
        var markers = new List<MarkerModel>();
        var errors = new List<InputError>();
        foreach (var marker in table.Markers)
        {
            var frequencies = marker;
            if (unseen.TryGetValue(marker.Key, out var added))
            {
                var frequency = settings.MinimumFrequency ?? marker.Frequencies.Min();
                frequencies = marker.WithAddedAlleles([.. added], frequency);
                warnings.Add(string.Create(CultureInfo.InvariantCulture, $"marker {marker.Name}: allele(s) {string.Join(", ", added)} are not in the frequency table; added with frequency {frequency:R} and the marker's frequencies rescaled to sum to 1"));
            }

            var model = MarkerModel.Create(frequencies, settings.Mutation.For(marker.Name));
            if (model.IsSuccess)
            {
                markers.Add(model.Value);
            }
            else
            {
                errors.AddRange(model.Errors);
            }
        }

        if (errors.Count > 0)
        {
            return Result<MarkerPanel>.Failure(errors);
        }

        return new MarkerPanel(FrequencyTable.Create(table.Source, markers.Select(m => m.Frequencies)), markers, warnings);
    }

    /// <summary>The index of a marker by any usual spelling, or -1.</summary>
    public int IndexOf(string markerName) =>
        _byKey.TryGetValue(MarkerNames.Key(markerName), out var m) ? m : -1;

    /// <summary>The "not typed" code of a marker: its genotype count G.</summary>
    public int Missing(int marker) => Markers[marker].GenotypeCount;

    /// <summary>Encodes a profile as one genotype index per marker; markers outside the table are ignored.</summary>
    public void Encode(IReadOnlyDictionary<string, Genotype> loci, Span<ushort> destination)
    {
        ArgumentNullException.ThrowIfNull(loci);
        for (var m = 0; m < Markers.Count; m++)
        {
            destination[m] = (ushort)Missing(m);
        }

        foreach (var (name, genotype) in loci)
        {
            var m = IndexOf(name);
            if (m >= 0)
            {
                var g = Markers[m].GenotypeIndex(genotype);
                destination[m] = (ushort)(g >= 0 ? g : throw new InvalidOperationException($"allele of {genotype} at {name} missing from the panel"));
            }
        }
    }
}
