using Homeward.Intel;
using Homeward.Intel.Learning;

namespace Homeward.Cli.Commands;

/// <summary>
/// <c>homeward intel compare --labels FILE… [--folds K | --test FILE…] [--seed S] [--errors]</c>: the
/// classifier against the rules on held-out labels, per fold and overall, with a verdict.
/// </summary>
internal static class IntelCompareCommand
{
    public const int DefaultFolds = 5;

    public static int Run(IReadOnlyList<string> labelFiles, int? folds, IReadOnlyList<string> testFiles, int seed, bool errors, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(testFiles);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        if (folds is not null && testFiles.Count > 0)
        {
            stderr.WriteLine("command line: --folds, --test: give one of them (k-fold on --labels, or train on --labels and test on --test)");
            return ExitCodes.InvalidInput;
        }

        var (posts, error) = LabelledPostFiles.Read(labelFiles);
        if (posts is null)
        {
            stderr.WriteLine(error);
            return ExitCodes.InvalidInput;
        }

        var analyser = new PostAnalyser();
        var analyses = IntelBatch.AnalyseAll([.. posts.Select(p => p.Post)], analyser);
        var options = new ClassifierOptions(Seed: seed);
        (ComparisonReport? Value, string? Error) result;
        if (testFiles.Count > 0)
        {
            var (test, testError) = LabelledPostFiles.Read(testFiles);
            if (test is null)
            {
                stderr.WriteLine(testError);
                return ExitCodes.InvalidInput;
            }

            var testAnalyses = IntelBatch.AnalyseAll([.. test.Select(p => p.Post)], analyser);
            result = ClassifierComparison.HeldOut(posts, analyses, test, testAnalyses, options);
            if (result.Error is not null)
            {
                result.Error = $"{string.Join(", ", labelFiles)}: {result.Error}";
            }
        }
        else
        {
            var k = folds ?? DefaultFolds;
            if (k < 2 || k > posts.Count)
            {
                stderr.WriteLine($"command line: --folds: must be between 2 and {posts.Count} (the labelled posts)");
                return ExitCodes.InvalidInput;
            }

            result = ClassifierComparison.CrossValidate(posts, analyses, k, options);
            if (result.Error is not null)
            {
                result.Error = $"{string.Join(", ", labelFiles)}: {result.Error}";
            }
        }

        if (result.Value is null)
        {
            stderr.WriteLine(result.Error);
            return ExitCodes.InvalidInput;
        }

        stdout.Write(result.Value.ToText(errors));
        return ExitCodes.Success;
    }
}
