using System.CommandLine;
using Homeward.Cli.Files;
using Homeward.Cli.Output;
using Homeward.Kinship;
using Homeward.Search;

namespace Homeward.Cli.Commands;

/// <summary>
/// <c>homeward search --references REFS.jsonl --queries QUERIES.jsonl --settings SETTINGS.json
/// [--min-lr X] [--top K]</c>: one JSON line per query, in input order, with its candidate reports by
/// exact pedigree LR. Both files are read and validated completely before anything is printed.
/// </summary>
internal static class SearchCommand
{
    public static Command Create(CliContext context)
    {
        var references = new Option<string>("--references") { Description = "Reference profiles of relatives (JSON Lines).", Required = true };
        var queries = new Option<string>("--queries") { Description = "Query profiles: found children (JSON Lines).", Required = true };
        var settings = new Option<string>("--settings") { Description = "frequencies, theta and mutation (the keys of a kinship case).", Required = true };
        var minimumLr = new Option<double>("--min-lr") { Description = "The LR a candidate needs (default 1).", DefaultValueFactory = _ => 1.0 };
        var top = new Option<int>("--top") { Description = "At most this many candidates per query (default 10).", DefaultValueFactory = _ => 10 };
        var command = new Command("search", "Search found children against every missing-child report by exact pedigree likelihood ratio.")
        {
            references, queries, settings, minimumLr, top,
        };
        command.SetAction(parsed => Run(
            context,
            parsed.GetValue(references)!,
            parsed.GetValue(queries)!,
            parsed.GetValue(settings)!,
            parsed.GetValue(minimumLr),
            parsed.GetValue(top)));
        return command;
    }

    private static int Run(CliContext context, string referencesPath, string queriesPath, string settingsPath, double minimumLr, int top)
    {
        var errors = new List<InputError>();
        if (!double.IsFinite(minimumLr) || minimumLr < 0)
        {
            errors.Add(new InputError("command line: --min-lr", "must be a number ≥ 0"));
        }

        if (top < 0)
        {
            errors.Add(new InputError("command line: --top", "must be ≥ 0"));
        }

        var notes = new List<string>();
        var loadedSettings = SettingsFile.Load(settingsPath, new FrequencyTableFiles(context.FrequenciesDirectory), notes);
        var loadedReferences = ProfileFiles.References(referencesPath);
        var loadedQueries = ProfileFiles.Queries(queriesPath);
        foreach (var failed in new[] { loadedSettings.Errors, loadedReferences.Errors, loadedQueries.Errors })
        {
            errors.AddRange(failed ?? []);
        }

        if (errors.Count > 0)
        {
            ErrorWriter.Write(context.Error, errors);
            return ExitCodes.InvalidInput;
        }

        var kinship = loadedSettings.Value;
        var refs = loadedReferences.Value;
        var qs = loadedQueries.Value;
        var panel = MarkerPanel.Build(kinship, refs.Select(r => r.Loci).Concat(qs.Select(q => q.Loci)));
        if (!panel.IsSuccess)
        {
            ErrorWriter.Write(context.Error, panel.Errors.Select(e => e with { Place = $"{settingsPath}: {e.Place}" }));
            return ExitCodes.InvalidInput;
        }

        var index = ReferenceIndex.Build(refs, panel.Value, kinship);
        if (!index.IsSuccess)
        {
            ErrorWriter.Write(context.Error, index.Errors.Select(e => e with { Place = $"{referencesPath}: {e.Place}" }));
            return ExitCodes.InvalidInput;
        }

        foreach (var warning in notes.Concat(panel.Value.Warnings))
        {
            context.Error.WriteLine($"warning: {warning}");
        }

        var search = new KinshipSearch(index.Value);
        var skipped = 0;
        foreach (var query in qs)
        {
            var result = search.Search(query, minimumLr, top);
            skipped += result.SkippedReports;
            SearchJsonWriter.Write(context.Out, result);
        }

        if (skipped > 0)
        {
            context.Error.WriteLine($"warning: {skipped} report-query pairs were not scored: the report has a child of the missing person and the query's sex is unknown");
        }

        return ExitCodes.Success;
    }
}
