using System.Diagnostics;
using Homeward.Cli.Output;
using Homeward.Kinship;
using Homeward.Kinship.Simulation;
using Homeward.Registry.Continuous;
using Homeward.Registry.Demo;
using Homeward.Registry.Matching;

namespace Homeward.Cli.Demo;

/// <summary>
/// The main job end to end on simulated data: build the registry and the operation, match every
/// rescued child against every report, print what was found and how it compares with the truth, and
/// write the match reports of the strongest matches.
/// </summary>
internal static class RegistryDemo
{
    public const string FrequencyFile = "nist1036-asian.csv";
    private const string Actor = "homeward-demo";

    public static int Run(CliContext context, RegistryDemoOptions options)
    {
        var path = Path.Combine(context.FrequenciesDirectory, FrequencyFile);
        if (!File.Exists(path))
        {
            context.Error.WriteLine($"{path}: the shipped frequency table is missing; was homeward installed without its data folder?");
            return ExitCodes.Failure;
        }

        FrequencyTable table;
        using (var reader = File.OpenText(path))
        {
            table = FrequencyTableReader.ReadCsv(reader, FrequencyFile).Value;
        }

        var clock = Stopwatch.StartNew();
        var built = DemoScenario.Build(new DemoScenarioOptions { Frequencies = table, Markers = MarkerSet.China19, Reports = options.Reports, Seed = options.Seed });
        if (!built.IsSuccess)
        {
            ErrorWriter.Write(context.Error, built.Errors);
            return ExitCodes.InvalidInput;
        }

        var scenario = built.Value;
        var buildTime = clock.Elapsed;
        DemoSummary.Header(context.Out, scenario, options, FrequencyFile);

        clock.Restart();
        var settings = MatchingSettings.Default with { MaxDegreeOfParallelism = Environment.ProcessorCount };
        var matcher = new ContinuousMatcher(new KinshipSettings(table, 0, MutationSettings.None, null), settings, TimeProvider.System);
        var progress = new ProgressLine(context.Error, ProgressLine.IsTerminal(context.Error));
        var run = matcher.SearchAll(scenario.Snapshot, ExclusionRegistry.Empty, new HashSet<MatchKey>(), progress);
        if (!run.IsSuccess)
        {
            // Every input here is the demo's own: a failure is a bug, not the user's.
            ErrorWriter.Write(context.Error, run.Errors);
            return ExitCodes.Failure;
        }

        var now = TimeProvider.System.GetUtcNow();
        var opened = run.Value.Matches
            .OrderByDescending(m => m.Score.PosteriorProbability).ThenByDescending(m => m.Score.DnaLikelihoodRatio).ThenBy(m => m.Key.FoundChildId, StringComparer.Ordinal)
            .Select((m, i) => (Potential: m, Match: m.Open($"M-{i + 1:D4}", ExclusionRegistry.Empty, null, Actor, now).Value))
            .ToArray();
        var matchTime = clock.Elapsed;
        DemoSummary.Matches(context.Out, scenario, opened.Select(o => o.Match).ToArray());
        DemoSummary.Truth(context.Out, scenario, opened.Select(o => o.Match).ToArray());

        var written = MatchReportFiles.Write(context, scenario, opened.Take(options.Top).ToArray(), options);
        if (!written.IsSuccess)
        {
            ErrorWriter.Write(context.Error, written.Errors);
            return ExitCodes.InvalidInput;
        }

        context.Out.WriteLine($"Time: scenario {buildTime.TotalSeconds:0.0} s, matching {matchTime.TotalSeconds:0.0} s. Other views: --audience {string.Join("|", Registry.Reporting.AudiencePolicy.AudienceNames)}; the kinship cases: homeward demo cases.");
        return ExitCodes.Success;
    }
}
