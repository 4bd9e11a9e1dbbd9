using Homeward.Intel.Scoring;

namespace Homeward.Cli.Commands;

/// <summary>Loads the vocabulary named on the command line (or the shipped one) and applies --threshold.</summary>
internal static class VocabularyOption
{
    public static (Vocabulary? Vocabulary, string? Error) Load(string? path, double? threshold)
    {
        var vocabulary = Vocabulary.Default;
        if (path is not null)
        {
            if (!File.Exists(path))
            {
                return (null, $"{path}: file not found");
            }

            var (parsed, error) = Vocabulary.Parse(File.ReadAllText(path), path);
            if (parsed is null)
            {
                return (null, error);
            }

            vocabulary = parsed;
        }

        if (threshold is { } t)
        {
            if (t is < 0 or > 1)
            {
                return (null, $"--threshold: {t.ToString(System.Globalization.CultureInfo.InvariantCulture)} is not between 0 and 1");
            }

            vocabulary = vocabulary.WithThreshold(t);
        }

        return (vocabulary, null);
    }
}
