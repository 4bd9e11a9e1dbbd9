using Homeward.Intel;
using Homeward.Intel.Evaluation;

namespace Homeward.Cli.Commands;

/// <summary>
/// <c>homeward intel evaluate</c>: precision and recall of flagging and recall of each entity type on the
/// shipped corpus (or --corpus FILE) and on generated rings (--rings N, --seed S).
/// </summary>
internal static class IntelEvaluateCommand
{
    public static string DefaultCorpus => Path.Combine(AppContext.BaseDirectory, "data", "intel", "corpus", "posts.jsonl");

    public static int Run(string? corpusPath, int rings, int seed, bool misses, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        corpusPath ??= DefaultCorpus;
        var (corpus, error) = ReadCorpus(corpusPath);
        if (corpus is null)
        {
            stderr.WriteLine(error);
            return ExitCodes.InvalidInput;
        }

        var analyser = new PostAnalyser();
        stdout.Write(Evaluator.Evaluate("shipped corpus " + Path.GetFileName(corpusPath), corpus, analyser).ToText(misses));
        if (rings > 0)
        {
            var generated = new RingGenerator(seed).Generate(rings);
            var analyses = IntelBatch.AnalyseAll(generated.Select(g => g.Post).ToList(), analyser);
            stdout.Write(Evaluator.Evaluate($"generated rings (seed {seed}, {rings} rings)", generated, analyses).ToText(misses));
            stdout.Write(IntelBatch.RingRecoveryText(generated, analyses));
        }

        return ExitCodes.Success;
    }

    public static (List<LabelledPost>? Posts, string? Error) ReadCorpus(string path) =>
        JsonLinesFiles.Read([path], CorpusReader.ParseLine);
}
