using System.CommandLine;
using Homeward.Cli.Output;
using Homeward.Data;
using Homeward.Data.Benchmarking;
using Homeward.Kinship;
using Homeward.Search.Benchmarking;

namespace Homeward.Cli.Commands;

/// <summary><c>homeward bench …</c>: measurements printed as Markdown, figures and ratios from one run.</summary>
internal static class BenchCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("bench", "Benchmarks that print figures and ratios measured in one run.");
        command.Subcommands.Add(Search(context));
        command.Subcommands.Add(IntelCommand.Bench(context));
        command.Subcommands.Add(Import(context));
        command.Subcommands.Add(BenchWebCommand.Create(context));
        return command;
    }

    private static Command Import(CliContext context)
    {
        var profiles = new Option<int>("--profiles") { Description = "Generated profiles to import.", DefaultValueFactory = _ => 100_000 };
        var batch = new Option<int>("--batch") { Description = "Profiles per batch.", DefaultValueFactory = _ => 5000 };
        var seed = new Option<int>("--seed") { Description = "Seed of the generator.", DefaultValueFactory = _ => 1 };
        var database = new Option<string?>("--database") { Description = "A new SQLite file (default: a temporary one, deleted after)." };
        var connection = new Option<string?>("--connection") { Description = "Also run on this PostgreSQL database (it should be empty; it is migrated)." };
        var command = new Command("import", "db import of generated profiles into SQLite (and PostgreSQL with --connection): profiles/s, then the idempotent re-import.")
        {
            profiles, batch, seed, database, connection,
        };
        command.SetAction(parsed =>
        {
            var errors = new List<InputError>();
            foreach (var (name, value) in new[] { ("--profiles", parsed.GetValue(profiles)), ("--batch", parsed.GetValue(batch)) })
            {
                if (value <= 0)
                {
                    errors.Add(new InputError($"command line: {name}", "must be a positive number"));
                }
            }

            var path = parsed.GetValue(database);
            if (path is not null && File.Exists(path))
            {
                errors.Add(new InputError("command line: --database", $"'{path}' exists; the benchmark needs a new file"));
            }

            if (errors.Count > 0)
            {
                ErrorWriter.Write(context.Error, errors);
                return ExitCodes.InvalidInput;
            }

            var temporary = path is null;
            path ??= Path.Combine(Path.GetTempPath(), $"homeward-bench-{Guid.NewGuid():N}.db");
            context.Out.WriteLine($"db import of generated JSON Lines profiles (19 STRs each; 3 relatives + 1 found child per 4), {Environment.ProcessorCount} cores, .NET {Environment.Version}");
            context.Out.WriteLine();
            context.Out.WriteLine(ImportBenchmark.Header);
            try
            {
                ImportBenchmark.RunAsync(DatabaseSettings.Sqlite(path), parsed.GetValue(profiles), parsed.GetValue(batch), parsed.GetValue(seed), context.Out).GetAwaiter().GetResult();
                if (parsed.GetValue(connection) is { } postgres)
                {
                    ImportBenchmark.RunAsync(DatabaseSettings.Postgres(postgres), parsed.GetValue(profiles), parsed.GetValue(batch), parsed.GetValue(seed), context.Out).GetAwaiter().GetResult();
                }
            }
            catch (System.Data.Common.DbException e)
            {
                context.Error.WriteLine($"database: {e.Message.ReplaceLineEndings(" ")}");
                return ExitCodes.Failure;
            }
            finally
            {
                if (temporary)
                {
                    foreach (var file in new[] { path, path + "-wal", path + "-shm", path + "-journal" })
                    {
                        File.Delete(file);
                    }
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }

    internal static string? LoadAverage()
    {
        try
        {
            var fields = File.ReadAllText("/proc/loadavg").Split(' ');
            return fields.Length >= 3 ? string.Join(", ", fields[..3]) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static Command Search(CliContext context)
    {
        var defaults = new SearchBenchmarkOptions();
        var references = new Option<int>("--references") { Description = "Profiles per simulated database.", DefaultValueFactory = _ => defaults.References };
        var queries = new Option<int>("--queries") { Description = "Queries timed one by one.", DefaultValueFactory = _ => defaults.Queries };
        var batchReferences = new Option<int>("--batch-references") { Description = "Profiles of the batch database.", DefaultValueFactory = _ => defaults.BatchReferences };
        var batchQueries = new Option<int>("--batch-queries") { Description = "Queries of the batch run.", DefaultValueFactory = _ => defaults.BatchQueries };
        var markers = new Option<int>("--markers") { Description = "The first K markers of the table.", DefaultValueFactory = _ => defaults.Markers };
        var bandwidth = new Option<int>("--bandwidth-megabytes") { Description = "Size of the memory-bandwidth probe (larger than the caches).", DefaultValueFactory = _ => defaults.BandwidthMegabytes };
        var frequencies = new Option<string>("--frequencies") { Description = "A frequency table (default: the shipped nist1036-asian.csv).", DefaultValueFactory = _ => "nist1036-asian.csv" };
        var command = new Command("search", "Index size, load rate, query latency, batch throughput and scan bandwidth on simulated databases.")
        {
            references, queries, batchReferences, batchQueries, markers, bandwidth, frequencies,
        };
        command.SetAction(parsed =>
        {
            var path = parsed.GetValue(frequencies)!;
            var file = File.Exists(path) ? path : Path.Combine(context.FrequenciesDirectory, path);
            Result<FrequencyTable> table;
            try
            {
                using var reader = File.OpenText(file);
                table = FrequencyTableReader.ReadCsv(reader, Path.GetFileName(file));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                table = Result<FrequencyTable>.Failure(path, $"cannot read the frequency table: {e.Message}");
            }

            var options = new SearchBenchmarkOptions
            {
                References = parsed.GetValue(references),
                Queries = parsed.GetValue(queries),
                BatchReferences = parsed.GetValue(batchReferences),
                BatchQueries = parsed.GetValue(batchQueries),
                Markers = parsed.GetValue(markers),
                BandwidthMegabytes = parsed.GetValue(bandwidth),
                Load = LoadAverage,
            };
            var errors = new List<InputError>(table.Errors ?? []);
            foreach (var (name, value) in new[] { ("--references", options.References), ("--queries", options.Queries), ("--batch-references", options.BatchReferences), ("--batch-queries", options.BatchQueries), ("--markers", options.Markers), ("--bandwidth-megabytes", options.BandwidthMegabytes) })
            {
                if (value <= 0)
                {
                    errors.Add(new InputError($"command line: {name}", "must be a positive number"));
                }
            }

            if (errors.Count > 0)
            {
                ErrorWriter.Write(context.Error, errors);
                return ExitCodes.InvalidInput;
            }

            SearchBenchmark.Run(options, table.Value, context.Out);
            return ExitCodes.Success;
        });
        return command;
    }
}
