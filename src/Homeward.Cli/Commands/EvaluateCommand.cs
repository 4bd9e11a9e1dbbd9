using System.Collections.Immutable;
using System.CommandLine;
using System.Globalization;
using Homeward.Kinship;
using Homeward.Kinship.Simulation;
using Homeward.Kinship.Simulation.Evaluation;

namespace Homeward.Cli.Commands;

/// <summary>
/// <c>homeward evaluate</c>: how well LRs separate relatives from unrelated persons, per relationship
/// and marker panel, and what that means for chance matches in a database of size D. Writes
/// <c>evaluation.md</c>, <c>evaluation.json</c> and one Tippett plot per relationship
/// (<c>tippett-parent-child.png</c>/<c>.svg</c>, …); prints the summary table.
/// </summary>
internal sealed class EvaluateCommand
{
    private EvaluateCommand()
    {
    }

    /// <summary>The System.CommandLine definition, bound to <see cref="Run"/>.</summary>
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var frequencies = new Option<string>("--frequencies") { Description = "Allele frequency table (CSV: marker,allele,frequency)", Required = true };
        var output = new Option<string>("--out") { Description = "Folder for evaluation.md, evaluation.json and the Tippett plots", Required = true };
        var pairs = new Option<int>("--pairs") { Description = "Related and unrelated pairs per relationship and panel", DefaultValueFactory = _ => 1000 };
        var seed = new Option<long>("--seed") { Description = "Random seed", DefaultValueFactory = _ => 1 };
        var panels = new Option<string?>("--panels") { Description = $"Marker panels compared (default {EvaluateOptions.DefaultPanels})" };
        var markers = new Option<string?>("--markers") { Description = "One custom panel instead: a panel name or marker names separated by commas" };
        var markerCount = new Option<int?>("--marker-count") { Description = "One panel of the first K markers of the table instead" };
        var relationships = new Option<string?>("--relationships") { Description = $"Relationships evaluated (default {string.Join(",", Relationships.All.Select(Relationships.ToText))})" };
        var model = new Option<string>("--mutation-model") { Description = "stepwise, equal, proportional, onestep or none", DefaultValueFactory = _ => "stepwise" };
        var rate = new Option<double>("--mutation-rate") { Description = "Mutation rate per marker per meiosis (0 = none)", DefaultValueFactory = _ => 0.002 };
        var theta = new Option<double>("--theta") { Description = "θ, in simulation and LR", DefaultValueFactory = _ => 0 };
        var database = new Option<long>("--database-size") { Description = "D: references compared with each query", DefaultValueFactory = _ => 10_000_000 };
        var plots = new Option<string>("--plots") { Description = "Tippett plot formats: png, svg, png,svg or none", DefaultValueFactory = _ => "png,svg" };
        var command = new Command("evaluate", "Simulate related and unrelated pairs and report LR distributions, error rates and thresholds")
        {
            frequencies, output, pairs, seed, panels, markers, markerCount, relationships, model, rate, theta, database, plots,
        };
        command.SetAction(parsed => Run(
            new EvaluateOptions
            {
                Frequencies = parsed.GetValue(frequencies),
                Out = parsed.GetValue(output),
                Pairs = parsed.GetValue(pairs),
                Seed = parsed.GetValue(seed),
                Panels = parsed.GetValue(panels),
                Markers = parsed.GetValue(markers),
                MarkerCount = parsed.GetValue(markerCount),
                Relationships = parsed.GetValue(relationships),
                MutationModel = parsed.GetValue(model) ?? "stepwise",
                MutationRate = parsed.GetValue(rate),
                Theta = parsed.GetValue(theta),
                DatabaseSize = parsed.GetValue(database),
                Plots = parsed.GetValue(plots) ?? "png,svg",
            },
            stdout,
            stderr));
        return command;
    }

    /// <summary>Validates, evaluates and writes the report; 0, or 2 for bad options, 1 for I/O failures.</summary>
    public static int Run(EvaluateOptions options, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        var errors = new List<InputError>();
        if (string.IsNullOrWhiteSpace(options.Out))
        {
            errors.Add(new InputError("--out", "is required: a folder to write"));
        }

        var table = CommandInputs.LoadFrequencies(options.Frequencies);
        if (!table.IsSuccess)
        {
            errors.AddRange(table.Errors);
            return CommandInputs.Fail(stderr, errors);
        }

        var panels = ResolvePanels(options, table.Value, errors);
        var relationships = ResolveRelationships(options.Relationships, errors);
        var formats = ResolvePlots(options.Plots, errors);
        var mutation = CommandInputs.ResolveMutation(options.MutationModel, options.MutationRate);
        errors.AddRange(mutation.Errors ?? []);
        if (errors.Count > 0)
        {
            return CommandInputs.Fail(stderr, errors);
        }

        var evaluationOptions = new KinshipEvaluationOptions
        {
            Frequencies = table.Value,
            Panels = panels,
            Relationships = relationships,
            Pairs = options.Pairs,
            Seed = options.Seed,
            Mutation = mutation.Value.Settings,
            Theta = options.Theta,
            DatabaseSize = options.DatabaseSize,
        };
        var evaluation = KinshipEvaluator.Evaluate(evaluationOptions, cell =>
            stderr.WriteLine($"evaluated {Relationships.ToText(cell.Relationship)} on {cell.Panel.Name}"));
        if (!evaluation.IsSuccess)
        {
            return CommandInputs.Fail(stderr, evaluation.Errors);
        }

        var report = new EvaluationReport(evaluation.Value, options.Frequencies!, mutation.Value);
        try
        {
            var folder = Path.GetFullPath(options.Out!);
            Directory.CreateDirectory(folder);
            AtomicFile.WriteAllText(Path.Combine(folder, "evaluation.md"), report.Markdown());
            AtomicFile.WriteAllText(Path.Combine(folder, "evaluation.json"), report.Json());
            foreach (var relationship in relationships)
            {
                var cells = evaluation.Value.Cells.Where(c => c.Relationship == relationship).ToList();
                var name = "tippett-" + Relationships.ToText(relationship);
                foreach (var format in formats)
                {
                    var path = Path.Combine(folder, $"{name}.{format}");
                    if (format == "png")
                    {
                        AtomicFile.WriteAllBytes(path, TippettPlot.Png(relationship, cells, options.DatabaseSize));
                    }
                    else
                    {
                        AtomicFile.WriteAllText(path, TippettPlot.Svg(relationship, cells, options.DatabaseSize));
                    }
                }
            }

            stdout.Write(report.Summary());
            stdout.WriteLine();
            stdout.WriteLine($"written to {folder}: evaluation.md, evaluation.json{(formats.Count > 0 ? $", tippett-*.{string.Join("/", formats)}" : string.Empty)}");
            return ExitCodes.Success;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"--out: cannot write to '{options.Out}': {e.Message}");
            return ExitCodes.Failure;
        }
    }

    private static ImmutableArray<MarkerSet> ResolvePanels(EvaluateOptions options, FrequencyTable table, List<InputError> errors)
    {
        if (options.Markers is not null || options.MarkerCount is not null)
        {
            if (options.Panels is not null)
            {
                errors.Add(new InputError("--panels", "give either --panels or --markers/--marker-count"));
            }

            var custom = CommandInputs.ResolveMarkers(options.Markers, options.MarkerCount, table);
            errors.AddRange(custom.Errors ?? []);
            return custom.IsSuccess ? [custom.Value!] : [];
        }

        var panels = ImmutableArray.CreateBuilder<MarkerSet>();
        foreach (var name in (options.Panels ?? EvaluateOptions.DefaultPanels).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (MarkerSet.Find(name) is { } panel)
            {
                panels.Add(panel);
            }
            else
            {
                errors.Add(new InputError("--panels", $"'{name}' is not one of {string.Join(", ", MarkerSet.Known.Select(p => p.Name))}; use --markers for other marker sets"));
            }
        }

        if (panels.Count == 0 && errors.Count == 0)
        {
            errors.Add(new InputError("--panels", "no panel named"));
        }

        return panels.ToImmutable();
    }

    private static ImmutableArray<Relationship> ResolveRelationships(string? text, List<InputError> errors)
    {
        if (text is null)
        {
            return Relationships.All;
        }

        var chosen = ImmutableArray.CreateBuilder<Relationship>();
        foreach (var name in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (Relationships.TryParse(name, out var relationship))
            {
                if (!chosen.Contains(relationship))
                {
                    chosen.Add(relationship);
                }
            }
            else
            {
                errors.Add(new InputError("--relationships", $"'{name}' is not one of {string.Join(", ", Relationships.All.Select(Relationships.ToText))}"));
            }
        }

        if (chosen.Count == 0 && errors.Count == 0)
        {
            errors.Add(new InputError("--relationships", "no relationship named"));
        }

        return chosen.ToImmutable();
    }

    private static List<string> ResolvePlots(string text, List<InputError> errors)
    {
        var formats = new List<string>();
        foreach (var format in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            switch (format.ToLowerInvariant())
            {
                case "none":
                    break;
                case "png" or "svg":
                    formats.Add(format.ToLowerInvariant());
                    break;
                default:
                    errors.Add(new InputError("--plots", string.Create(CultureInfo.InvariantCulture, $"'{format}' is not png, svg or none")));
                    break;
            }
        }

        return [.. formats.Distinct(StringComparer.Ordinal)];
    }
}
