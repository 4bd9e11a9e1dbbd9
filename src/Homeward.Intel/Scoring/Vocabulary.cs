using System.Collections.Frozen;
using System.Globalization;
using System.Reflection;
using System.Text;
using Homeward.Intel.Text;

namespace Homeward.Intel.Scoring;

/// <summary>
/// The indicator vocabulary and the weights of the explainable score (data/intel/vocabulary.tsv):
/// groups of terms, a log-odds weight per group, the bias and the flagging threshold.
/// </summary>
public sealed class Vocabulary
{
    private static readonly Lazy<Vocabulary> Shipped = new(() => Parse(ReadResource(), "vocabulary.tsv").Value!);

    private Vocabulary(double bias, double threshold, FrozenDictionary<string, double> weights, IReadOnlyList<(string Group, string Term)> terms)
    {
        Bias = bias;
        Threshold = threshold;
        Weights = weights;
        Terms = terms;
        Matcher = new TermMatcher<string>(terms.Select(t => (TextNormaliser.Normalise(t.Term).Text, t.Group)));
    }

    /// <summary>The vocabulary shipped with the library.</summary>
    public static Vocabulary Default => Shipped.Value;

    /// <summary>The log-odds of a post with no indicator.</summary>
    public double Bias { get; }

    /// <summary>Posts whose score is at least this are flagged.</summary>
    public double Threshold { get; }

    /// <summary>The log-odds weight of each group.</summary>
    public IReadOnlyDictionary<string, double> Weights { get; }

    /// <summary>The terms, with their groups.</summary>
    public IReadOnlyList<(string Group, string Term)> Terms { get; }

    internal TermMatcher<string> Matcher { get; }

    /// <summary>The same vocabulary with another threshold.</summary>
    public Vocabulary WithThreshold(double threshold) =>
        threshold is < 0 or > 1
            ? throw new ArgumentOutOfRangeException(nameof(threshold), "the threshold is a score between 0 and 1")
            : new Vocabulary(Bias, threshold, (FrozenDictionary<string, double>)Weights, Terms);

    /// <summary>Parses the vocabulary format; errors name the source and line.</summary>
    /// <returns>The vocabulary, or the first error as "source:line: message".</returns>
    public static (Vocabulary? Value, string? Error) Parse(string tsv, string source)
    {
        ArgumentNullException.ThrowIfNull(tsv);
        double? bias = null;
        double? threshold = null;
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        var terms = new List<(string, string)>();
        var lineNumber = 0;
        foreach (var raw in tsv.Split('\n'))
        {
            lineNumber++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var f = line.Split('\t');
            if (f.Length != 3)
            {
                return (null, $"{source}:{lineNumber}: expected 3 tab-separated fields (kind, name, value)");
            }

            switch (f[0])
            {
                case "term":
                    terms.Add((f[1], f[2]));
                    break;
                case "weight" or "setting":
                    if (!double.TryParse(f[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
                    {
                        return (null, $"{source}:{lineNumber}: '{f[2]}' is not a number");
                    }

                    if (f[0] == "weight")
                    {
                        weights[f[1]] = number;
                    }
                    else if (f[1] == "bias")
                    {
                        bias = number;
                    }
                    else if (f[1] == "threshold")
                    {
                        threshold = number;
                    }
                    else
                    {
                        return (null, $"{source}:{lineNumber}: unknown setting '{f[1]}' (bias, threshold)");
                    }

                    break;
                default:
                    return (null, $"{source}:{lineNumber}: unknown kind '{f[0]}' (term, weight, setting)");
            }
        }

        foreach (var (group, _) in terms)
        {
            if (!weights.ContainsKey(group))
            {
                return (null, $"{source}: group '{group}' has terms but no weight");
            }
        }

        foreach (var derived in DerivedGroups)
        {
            weights.TryAdd(derived, 0);
        }

        return (new Vocabulary(bias ?? -4.0, threshold ?? 0.5, weights.ToFrozenDictionary(StringComparer.Ordinal), terms), null);
    }

    /// <summary>Groups that extracted entities add hits to, even without terms.</summary>
    internal static readonly string[] DerivedGroups = ["money", "private-contact", "child", "cross-border"];

    private static string ReadResource()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Homeward.Intel.vocabulary.tsv")
            ?? throw new InvalidOperationException("The embedded vocabulary is missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
