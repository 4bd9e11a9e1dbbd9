using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Homeward.Kinship;
using Homeward.Kinship.Simulation;

namespace Homeward.Cli.Commands;

/// <summary>
/// <c>homeward simulate</c>: writes a simulated database of reports with relatives' reference
/// profiles, found-children queries and the truth, plus the case settings to compute LRs with.
/// Files (each written atomically): <c>references.jsonl</c>, <c>queries.jsonl</c>,
/// <c>truth.jsonl</c>, <c>frequencies.csv</c> (a copy of the table), <c>settings.json</c> and
/// <c>simulation.json</c> (the options, for reproducing the run).
/// </summary>
internal sealed class SimulateCommand
{
    private SimulateCommand()
    {
    }

    /// <summary>The System.CommandLine definition, bound to <see cref="Run"/>.</summary>
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var frequencies = new Option<string>("--frequencies") { Description = "Allele frequency table (CSV: marker,allele,frequency)", Required = true };
        var output = new Option<string>("--out") { Description = "Folder to write (created when missing)", Required = true };
        var reports = new Option<int>("--reports") { Description = "Number of missing-child reports", Required = true };
        var queries = new Option<int>("--queries") { Description = "Number of found children (queries)", Required = true };
        var related = new Option<double>("--related-fraction") { Description = "Share of queries that are the missing child of some report", Required = true };
        var seed = new Option<long>("--seed") { Description = "Random seed: the same seed gives the same files", Required = true };
        var markers = new Option<string?>("--markers") { Description = "identifiler15, china19, extended24, or marker names separated by commas (default: every marker of the table)" };
        var markerCount = new Option<int?>("--marker-count") { Description = "Use the first K markers of the table" };
        var model = new Option<string>("--mutation-model") { Description = "stepwise, equal, proportional, onestep or none", DefaultValueFactory = _ => "stepwise" };
        var rate = new Option<double>("--mutation-rate") { Description = "Mutation rate per marker per meiosis (0 = none)", DefaultValueFactory = _ => 0.002 };
        var theta = new Option<double>("--theta") { Description = "θ among the founders of one family", DefaultValueFactory = _ => 0 };
        var missing = new Option<double>("--missing-marker-rate") { Description = "Chance that a marker is absent from a profile", DefaultValueFactory = _ => 0 };
        var dropout = new Option<double>("--dropout-rate") { Description = "Chance that a heterozygote is typed as a homozygote", DefaultValueFactory = _ => 0 };
        var shapes = new Option<string?>("--shapes") { Description = $"Family shapes and their shares (default {FamilyShapeMix.DefaultText})" };
        var command = new Command("simulate", "Simulate reports with relatives' reference profiles, found children and the truth")
        {
            frequencies, output, reports, queries, related, seed, markers, markerCount, model, rate, theta, missing, dropout, shapes,
        };
        command.SetAction(parsed => Run(
            new SimulateOptions
            {
                Frequencies = parsed.GetValue(frequencies),
                Out = parsed.GetValue(output),
                Reports = parsed.GetValue(reports),
                Queries = parsed.GetValue(queries),
                RelatedFraction = parsed.GetValue(related),
                Seed = parsed.GetValue(seed),
                Markers = parsed.GetValue(markers),
                MarkerCount = parsed.GetValue(markerCount),
                MutationModel = parsed.GetValue(model) ?? "stepwise",
                MutationRate = parsed.GetValue(rate),
                Theta = parsed.GetValue(theta),
                MissingMarkerRate = parsed.GetValue(missing),
                DropoutRate = parsed.GetValue(dropout),
                Shapes = parsed.GetValue(shapes),
            },
            stdout,
            stderr));
        return command;
    }

    /// <summary>Validates the options, simulates and writes the files; 0, or 2 for bad options, 1 for I/O failures.</summary>
    public static int Run(SimulateOptions options, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        var errors = new List<InputError>();
        Require(options.Out, "--out", "a folder to write", errors);
        Require(options.Reports, "--reports", "a number of reports", errors);
        Require(options.Queries, "--queries", "a number of queries", errors);
        Require(options.RelatedFraction, "--related-fraction", "the share of related queries", errors);
        Require(options.Seed, "--seed", "a whole number", errors);
        var table = CommandInputs.LoadFrequencies(options.Frequencies);
        if (!table.IsSuccess)
        {
            errors.AddRange(table.Errors);
            return CommandInputs.Fail(stderr, errors);
        }

        var panel = CommandInputs.ResolveMarkers(options.Markers, options.MarkerCount, table.Value);
        var mutation = CommandInputs.ResolveMutation(options.MutationModel, options.MutationRate);
        var mix = options.Shapes is null ? FamilyShapeMix.Default : FamilyShapeMix.Parse(options.Shapes, "--shapes");
        foreach (var failed in new[] { panel.Errors, mutation.Errors, mix.Errors })
        {
            errors.AddRange(failed ?? []);
        }

        if (errors.Count > 0)
        {
            return CommandInputs.Fail(stderr, errors);
        }

        var simulationOptions = new PopulationSimulationOptions
        {
            Frequencies = table.Value,
            Markers = panel.Value,
            Reports = options.Reports!.Value,
            Queries = options.Queries!.Value,
            RelatedFraction = options.RelatedFraction!.Value,
            Seed = options.Seed!.Value,
            Mutation = mutation.Value.Settings,
            Theta = options.Theta,
            MissingMarkerRate = options.MissingMarkerRate,
            DropoutRate = options.DropoutRate,
            Shapes = mix.Value,
        };
        var simulator = PopulationSimulator.Create(simulationOptions);
        if (!simulator.IsSuccess)
        {
            return CommandInputs.Fail(stderr, simulator.Errors);
        }

        try
        {
            return Write(options, simulationOptions, simulator.Value, mutation.Value, stdout);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"--out: cannot write to '{options.Out}': {e.Message}");
            return ExitCodes.Failure;
        }
    }

    private static int Write(SimulateOptions options, PopulationSimulationOptions simulation, PopulationSimulator simulator, MutationChoice mutation, TextWriter stdout)
    {
        var folder = Path.GetFullPath(options.Out!);
        Directory.CreateDirectory(folder);
        var references = 0L;
        using (var file = AtomicFile.Create(Path.Combine(folder, "references.jsonl")))
        {
            using (var writer = new ProfileJsonWriter(file.Stream))
            {
                foreach (var profile in simulator.References())
                {
                    writer.Write(profile);
                    references++;
                }
            }

            file.Commit();
        }

        using (var queries = AtomicFile.Create(Path.Combine(folder, "queries.jsonl")))
        using (var truth = AtomicFile.Create(Path.Combine(folder, "truth.jsonl")))
        {
            using (var queryWriter = new ProfileJsonWriter(queries.Stream))
            using (var truthWriter = new ProfileJsonWriter(truth.Stream))
            {
                foreach (var query in simulator.Queries())
                {
                    queryWriter.Write(query.Profile);
                    truthWriter.Write(query.Truth);
                }
            }

            queries.Commit();
            truth.Commit();
        }

        var tableCopy = Path.Combine(folder, "frequencies.csv");
        if (!string.Equals(Path.GetFullPath(options.Frequencies!), tableCopy, StringComparison.Ordinal))
        {
            AtomicFile.WriteAllBytes(tableCopy, File.ReadAllBytes(options.Frequencies!));
        }

        AtomicFile.WriteAllText(Path.Combine(folder, "settings.json"), SettingsJson(simulation.Theta, mutation));
        AtomicFile.WriteAllText(Path.Combine(folder, "simulation.json"), ManifestJson(options, simulation, simulator, mutation));
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{simulation.Reports} reports with {references} reference profiles, {simulation.Queries} queries ({simulator.RelatedQueries} planted), {simulator.Markers.Count} markers, seed {simulation.Seed}"));
        stdout.WriteLine($"written to {folder}: references.jsonl, queries.jsonl, truth.jsonl, frequencies.csv, settings.json, simulation.json");
        return ExitCodes.Success;
    }

    /// <summary>The kinship case settings (DESIGN.md §4) for computing LRs on the simulated profiles.</summary>
    internal static string SettingsJson(double theta, MutationChoice mutation)
    {
        var settings = new JsonObject
        {
            ["frequencies"] = "frequencies.csv",
            ["theta"] = theta,
        };
        if (mutation.Model != "none")
        {
            settings["mutation"] = MutationJson(mutation);
        }

        return settings.ToJsonString(Indented) + "\n";
    }

    internal static JsonObject MutationJson(MutationChoice mutation)
    {
        var json = new JsonObject { ["model"] = mutation.Model, ["rate"] = mutation.Rate };
        if (mutation.Model == "stepwise")
        {
            json["rate2"] = CommandInputs.StepwiseRate2;
            json["range"] = CommandInputs.StepwiseRange;
        }

        return json;
    }

    private static string ManifestJson(SimulateOptions options, PopulationSimulationOptions simulation, PopulationSimulator simulator, MutationChoice mutation)
    {
        var manifest = new JsonObject
        {
            ["frequencies"] = options.Frequencies,
            ["seed"] = simulation.Seed,
            ["reports"] = simulation.Reports,
            ["queries"] = simulation.Queries,
            ["relatedFraction"] = simulation.RelatedFraction,
            ["relatedQueries"] = simulator.RelatedQueries,
            ["markers"] = new JsonArray([.. simulator.Markers.Select(m => (JsonNode?)JsonValue.Create(m))]),
            ["mutation"] = MutationJson(mutation),
            ["theta"] = simulation.Theta,
            ["missingMarkerRate"] = simulation.MissingMarkerRate,
            ["dropoutRate"] = simulation.DropoutRate,
            ["shapes"] = simulation.Shapes.ToString(),
        };
        return manifest.ToJsonString(Indented) + "\n";
    }

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static void Require<T>(T? value, string option, string what, List<InputError> errors)
    {
        if (value is null || (value is string s && string.IsNullOrWhiteSpace(s)))
        {
            errors.Add(new InputError(option, $"is required: {what}"));
        }
    }
}
