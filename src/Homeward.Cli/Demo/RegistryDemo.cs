using System.Data.Common;
using System.Diagnostics;
using Homeward.Cli.Output;
using Homeward.Data;
using Homeward.Data.Registry;
using Homeward.Kinship;
using Homeward.Kinship.Simulation;
using Homeward.Registry.Continuous;
using Homeward.Registry.Demo;
using Homeward.Registry.Reporting;

namespace Homeward.Cli.Demo;

/// <summary>
/// The main job end to end on simulated data: build the registry and the operation, store them in the
/// demo database in one transaction, match every rescued child against every report through the
/// store, print what was found and how it compares with the truth, and write the match reports of the
/// strongest stored matches.
/// </summary>
internal static class RegistryDemo
{
    public const string FrequencyFile = "nist1036-asian.csv";

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

        DemoDatabase database;
        try
        {
            database = DemoDatabase.For(options.Database);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            ErrorWriter.Write(context.Error, [new InputError(options.DatabaseArgument, $"cannot create the demo database's folder: {e.Message}")]);
            return ExitCodes.InvalidInput;
        }

        var published = false;
        string? strongest = null;
        try
        {
            var code = Stored(context, scenario, table, database.Work, options, out strongest);
            if (code != ExitCodes.Success)
            {
                return code;
            }

            database.Publish();
            published = true;
        }
        catch (DbException e)
        {
            context.Error.WriteLine($"{options.Database.Describe()}: {e.Message}");
            return ExitCodes.InvalidInput;
        }
        finally
        {
            if (!published)
            {
                // Nothing half-built is left behind; the previous demo database stays as it was.
                database.Discard();
            }
        }

        context.Out.WriteLine($"Time: scenario {buildTime.TotalSeconds:0.0} s, storing and matching {(clock.Elapsed - buildTime).TotalSeconds:0.0} s. Other views: --audience {string.Join("|", AudiencePolicy.AudienceNames)}; the kinship cases: homeward demo cases.");
        context.Out.WriteLine($"Registry stored in {options.Database.Describe()}. See its matches with:");
        context.Out.WriteLine($"  homeward matches list {options.DatabaseArgument}");
        if (strongest is not null)
        {
            context.Out.WriteLine($"  homeward matches report {strongest} --format html --out {strongest}.html {options.DatabaseArgument}");
        }

        return ExitCodes.Success;
    }

    /// <summary>Stores the scenario, runs matching through the store, prints the summary and writes the reports; the database is the work copy.</summary>
    private static int Stored(CliContext context, DemoScenario scenario, FrequencyTable table, DatabaseSettings work, RegistryDemoOptions options, out string? strongest)
    {
        strongest = null;
        HomewardDatabase.MigrateAsync(work).GetAwaiter().GetResult();
        var opened = RegistryStore.OpenAsync(work, new RegistryStoreOptions
        {
            Kinship = new KinshipSettings(table, 0, MutationSettings.None, null),
            Matching = MatchingSettings.Default with { MaxDegreeOfParallelism = Environment.ProcessorCount },
        }).GetAwaiter().GetResult();
        if (!opened.IsSuccess)
        {
            ErrorWriter.Write(context.Error, opened.Errors);
            return ExitCodes.InvalidInput;
        }

        var store = opened.Value;
        var added = store.AddBatchAsync(DemoBatch.From(scenario), options.Actor).GetAwaiter().GetResult();
        if (!added.IsSuccess)
        {
            ErrorWriter.Write(context.Error, added.Errors);
            context.Error.WriteLine($"nothing was stored: {added.Errors.Count} problem(s)");
            return ExitCodes.InvalidInput;
        }

        var progress = new ProgressLine(context.Error, ProgressLine.IsTerminal(context.Error));
        var outcome = store.RunMatchingAsync(options.Actor, progress).GetAwaiter().GetResult();
        foreach (var warning in outcome.Warnings)
        {
            context.Error.WriteLine($"warning: {warning}");
        }

        var matches = StoredDemoMatches.Read(store, scenario, options.Actor);
        strongest = matches.Count > 0 ? matches[0].Id : null;
        DemoSummary.Matches(context.Out, scenario, matches);
        DemoSummary.Truth(context.Out, scenario, matches);
        var written = MatchReportFiles.Write(context, store, [.. matches.Take(options.Top).Select(m => m.Id)], options);
        if (!written.IsSuccess)
        {
            ErrorWriter.Write(context.Error, written.Errors);
            return ExitCodes.InvalidInput;
        }

        return ExitCodes.Success;
    }
}
