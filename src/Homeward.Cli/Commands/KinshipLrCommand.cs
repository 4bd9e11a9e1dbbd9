using System.CommandLine;
using Homeward.Cli.Files;
using Homeward.Cli.Output;
using Homeward.Kinship;

namespace Homeward.Cli.Commands;

/// <summary>
/// <c>homeward kinship lr CASE.json [--explain]</c>: the likelihood ratio of a case as one JSON
/// object on stdout (see <see cref="LrJsonWriter"/>). Invalid input: every problem on stderr as
/// <c>place: message</c>, nothing on stdout, exit code 2.
/// </summary>
internal static class KinshipLrCommand
{
    public static Command Create(CliContext context)
    {
        var caseFile = new Argument<string>("CASE")
        {
            Description = "The kinship case (JSON): frequencies, hypotheses H1 and H2, genotypes.",
        };
        var explain = new Option<bool>("--explain")
        {
            Description = "Also print a table for people (genotypes and LR per marker) on stderr; stdout is unchanged.",
        };
        var command = new Command("lr", "Likelihood ratio P(genotypes | H1) / P(genotypes | H2) of a kinship case.")
        {
            caseFile,
            explain,
        };
        command.SetAction(parsed => Run(context, parsed.GetValue(caseFile)!, parsed.GetValue(explain)));
        return command;
    }

    private static int Run(CliContext context, string path, bool explain)
    {
        var loaded = CaseFile.Load(path, new FrequencyTableFiles(context.FrequenciesDirectory));
        if (!loaded.IsSuccess)
        {
            ErrorWriter.Write(context.Error, loaded.Errors);
            return ExitCodes.InvalidInput;
        }

        var (source, _, kinshipCase, notes) = loaded.Value;
        var computed = LikelihoodRatioCalculator.Compute(kinshipCase);
        if (!computed.IsSuccess)
        {
            // The calculator names places within the case (a marker, a person); add the file.
            ErrorWriter.Write(context.Error, computed.Errors.Select(e => e with { Place = $"{source}: {e.Place}" }));
            return ExitCodes.InvalidInput;
        }

        var result = computed.Value;
        LrJsonWriter.Write(context.Out, result, LrJsonWriter.Warnings(result, notes));
        if (explain)
        {
            ExplainWriter.Write(context.Error, source, kinshipCase, result);
        }

        return ExitCodes.Success;
    }
}
