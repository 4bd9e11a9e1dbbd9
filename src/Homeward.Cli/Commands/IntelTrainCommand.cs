using Homeward.Intel;
using Homeward.Intel.Learning;

namespace Homeward.Cli.Commands;

/// <summary>
/// <c>homeward intel train --labels FILE… --model OUT.zip [--seed S]</c>: trains the post classifier on
/// labelled posts and writes the model atomically. Exit 2 on bad input ("file:line: message").
/// </summary>
internal static class IntelTrainCommand
{
    public static int Run(IReadOnlyList<string> labelFiles, string modelPath, int seed, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        var (posts, error) = LabelledPostFiles.Read(labelFiles);
        if (posts is null)
        {
            stderr.WriteLine(error);
            return ExitCodes.InvalidInput;
        }

        var analyses = IntelBatch.AnalyseAll([.. posts.Select(p => p.Post)], new PostAnalyser());
        var (classifier, trainError) = PostClassifier.Train(analyses, [.. posts.Select(p => p.ShouldFlag)], new ClassifierOptions(Seed: seed));
        if (classifier is null)
        {
            stderr.WriteLine($"{string.Join(", ", labelFiles)}: {trainError}");
            return ExitCodes.InvalidInput;
        }

        try
        {
            using var file = AtomicFile.Create(modelPath);
            classifier.Save(file.Stream);
            file.Commit();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"{modelPath}: cannot write the model: {e.Message}");
            return ExitCodes.InvalidInput;
        }

        stdout.WriteLine($"trained on {posts.Count} posts ({posts.Count(p => p.ShouldFlag)} to flag), seed {seed}; model written to {modelPath}");
        return ExitCodes.Success;
    }

    /// <summary>Loads a model file for <c>scan --model</c>; errors as "file: message".</summary>
    public static (PostClassifier? Value, string? Error) Load(string path)
    {
        if (!File.Exists(path))
        {
            return (null, $"{path}: file not found");
        }

        using var stream = File.OpenRead(path);
        var (classifier, error) = PostClassifier.Load(stream);
        return classifier is null ? (null, $"{path}: {error}") : (classifier, null);
    }
}
