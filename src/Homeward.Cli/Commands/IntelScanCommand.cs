using Homeward.Intel;
using Homeward.Intel.Output;

namespace Homeward.Cli.Commands;

/// <summary>
/// <c>homeward intel scan FILE…</c>: reads posts (JSON Lines), analyses them and prints one JSON object
/// per post on stdout, in input order. Exit 0; 2 on bad input (message on stderr naming file and line).
/// </summary>
internal static class IntelScanCommand
{
    public static int Run(IReadOnlyList<string> files, string? vocabularyPath, double? threshold, bool templates, TextWriter stdout, TextWriter stderr, string? modelPath = null)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        var (vocabulary, vocabularyError) = VocabularyOption.Load(vocabularyPath, threshold);
        if (vocabulary is null)
        {
            stderr.WriteLine(vocabularyError);
            return ExitCodes.InvalidInput;
        }

        Homeward.Intel.Learning.PostClassifier? classifier = null;
        if (modelPath is not null)
        {
            (classifier, var modelError) = IntelTrainCommand.Load(modelPath);
            if (classifier is null)
            {
                stderr.WriteLine(modelError);
                return ExitCodes.InvalidInput;
            }
        }

        var (posts, error) = PostFiles.Read(files);
        if (posts is null)
        {
            stderr.WriteLine(error);
            return ExitCodes.InvalidInput;
        }

        var analyser = new PostAnalyser(vocabulary);
        var analyses = new PostAnalysis[posts.Count];
        Parallel.For(0, posts.Count, i => analyses[i] = analyser.Analyse(posts[i]));
        var clusters = templates ? IntelBatch.ClusterIds(analyses) : new string?[analyses.Length];
        var probabilities = classifier?.Probabilities(analyses);
        for (var i = 0; i < analyses.Length; i++)
        {
            stdout.WriteLine(ScanJson.Format(analyses[i], clusters[i], probabilities?[i]));
        }

        return ExitCodes.Success;
    }
}
