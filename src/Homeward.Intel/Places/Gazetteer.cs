using System.Reflection;
using System.Text;
using Homeward.Intel.Text;

namespace Homeward.Intel.Places;

/// <summary>
/// China's provinces and major cities and the China–Vietnam border towns (data/intel/gazetteer.tsv,
/// embedded), matched in normalised text by name and alias.
/// </summary>
internal sealed class Gazetteer
{
    private static readonly Lazy<Gazetteer> Shipped = new(() => Parse(ReadResource()));

    private Gazetteer(IReadOnlyList<Place> places, TermMatcher<Place> matcher)
    {
        Places = places;
        Matcher = matcher;
    }

    /// <summary>The gazetteer shipped with the library.</summary>
    public static Gazetteer Default => Shipped.Value;

    public IReadOnlyList<Place> Places { get; }

    public TermMatcher<Place> Matcher { get; }

    /// <summary>The province named at the start of a geocoder description such as 广西南宁市 or 广西壮族自治区南宁市.</summary>
    public string? ProvinceOf(string description)
    {
        if (string.IsNullOrEmpty(description))
        {
            return null;
        }

        foreach (var place in Places)
        {
            if (place.Kind is "province" or "country" && description.StartsWith(place.Name, StringComparison.Ordinal))
            {
                return place.Kind == "country" ? place.Name : place.Province;
            }
        }

        return null;
    }

    public static Gazetteer Parse(string tsv)
    {
        ArgumentNullException.ThrowIfNull(tsv);
        var places = new List<Place>();
        var terms = new List<(string, Place)>();
        foreach (var raw in tsv.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var f = line.Split('\t');
            if (f.Length < 5)
            {
                throw new FormatException($"gazetteer: expected at least 5 fields in '{line}'");
            }

            var place = new Place(f[0], f[1], f[2], f[3], f[4] == "1");
            places.Add(place);
            var aliasesOnly = f.Length > 6 && f[6] == "aliases-only";
            if (!aliasesOnly)
            {
                terms.Add((f[1], place));
            }

            if (f.Length > 5 && f[5].Length > 0)
            {
                foreach (var alias in f[5].Split(','))
                {
                    terms.Add((TextNormaliser.Normalise(alias.Trim()).Text, place));
                }
            }
        }

        return new Gazetteer(places, new TermMatcher<Place>(terms));
    }

    private static string ReadResource()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Homeward.Intel.gazetteer.tsv")
            ?? throw new InvalidOperationException("The embedded gazetteer is missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
