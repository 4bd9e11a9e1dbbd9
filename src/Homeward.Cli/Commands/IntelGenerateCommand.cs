using Homeward.Intel.Evaluation;

namespace Homeward.Cli.Commands;

/// <summary><c>homeward intel generate --rings N --seed S</c>: prints generated ring posts with their truth (corpus format).</summary>
internal static class IntelGenerateCommand
{
    public static int Run(int rings, int seed, double background, TextWriter stdout)
    {
        ArgumentNullException.ThrowIfNull(stdout);
        foreach (var post in new RingGenerator(seed).Generate(rings, background))
        {
            stdout.WriteLine(CorpusWriter.Format(post));
        }

        return ExitCodes.Success;
    }
}
