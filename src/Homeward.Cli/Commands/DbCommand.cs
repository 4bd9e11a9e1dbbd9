using System.CommandLine;
using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using Homeward.Cli.Output;
using Homeward.Data;
using Homeward.Data.Imports;
using Homeward.Kinship;
using Microsoft.Data.Sqlite;

namespace Homeward.Cli.Commands;

/// <summary>
/// <c>homeward db init|import|export|verify-audit|audit-anchor|retention</c>: the database (docs/data.md). Invalid input
/// exits 2 with every problem as <c>place: message</c> and nothing written; a database that cannot be
/// reached, or an audit chain that does not verify, exits 1.
/// </summary>
internal static class DbCommand
{
    public static Command Create(CliContext context)
    {
        var db = new Command("db", "The database: create or upgrade it, import and export profiles, verify the audit log.");
        db.Subcommands.Add(Init(context));
        db.Subcommands.Add(Import(context));
        db.Subcommands.Add(Export(context));
        db.Subcommands.Add(DbAuditCommands.Verify(context));
        db.Subcommands.Add(DbAuditCommands.Anchor(context));
        db.Subcommands.Add(DbRetentionCommand.Create(context));
        return db;
    }

    private static Command Init(CliContext context)
    {
        var options = new DatabaseOptions();
        var command = new Command("init", "Create the database, or bring its schema up to date (applies the provider's migrations).");
        options.AddTo(command);
        command.SetAction(parsed => WithDatabase(context, options, parsed, requireSchema: false, settings =>
        {
            var pending = HomewardDatabase.PendingMigrationsAsync(settings).GetAwaiter().GetResult();
            HomewardDatabase.MigrateAsync(settings).GetAwaiter().GetResult();
            context.Out.WriteLine(pending.Count == 0
                ? $"{settings.Describe()}: schema already up to date"
                : $"{settings.Describe()}: applied {pending.Count} migration(s): {string.Join(", ", pending)}");
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Import(CliContext context)
    {
        var options = new DatabaseOptions();
        var files = new Argument<string[]>("files") { Description = "Profile files: JSON Lines, lab CSV tables or CODIS CMF XML.", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string?>("--format") { Description = "jsonl, csv or cmf (default: from each file's extension)." };
        var command = new Command("import", "Import profiles in one transaction: all or nothing; re-importing a file changes nothing.");
        command.Arguments.Add(files);
        command.Options.Add(format);
        options.AddTo(command);
        command.SetAction(parsed =>
        {
            var errors = new List<InputError>();
            ImportFormat? forced = null;
            if (parsed.GetValue(format) is { } formatText)
            {
                if (ImportFormats.TryParse(formatText, out var f))
                {
                    forced = f;
                }
                else
                {
                    errors.Add(new InputError("command line: --format", $"'{formatText}' is not a format; expected jsonl, csv or cmf"));
                }
            }

            var sources = new List<ImportSource>();
            foreach (var path in parsed.GetValue(files) ?? [])
            {
                if (!File.Exists(path))
                {
                    errors.Add(new InputError(path, "no such file"));
                    continue;
                }

                var fileFormat = forced ?? ImportFormats.FromFileName(path);
                if (fileFormat is null)
                {
                    if (parsed.GetValue(format) is not null)
                    {
                        continue; // --format was given and is wrong: that is the one problem
                    }


                    errors.Add(new InputError(path, "cannot tell the format from the extension; give --format jsonl, csv or cmf"));
                    continue;
                }

                sources.Add(new ImportSource(path, fileFormat.Value, () => File.OpenRead(path), Sha256(path)));
            }

            if (errors.Count > 0)
            {
                ErrorWriter.Write(context.Error, errors);
                return ExitCodes.InvalidInput;
            }

            return WithDatabase(context, options, parsed, requireSchema: true, settings =>
            {
                var summary = new ProfileImporter(settings, TimeProvider.System).ImportAsync(sources, options.ActorOf(parsed)).GetAwaiter().GetResult();
                if (!summary.Succeeded)
                {
                    ErrorWriter.Write(context.Error, summary.Errors);
                    context.Error.WriteLine($"nothing was imported: {summary.Errors.Count} problem(s)");
                    return ExitCodes.InvalidInput;
                }

                context.Out.WriteLine($"imported {summary.Created + summary.Updated + summary.Unchanged} profiles: {summary.Created} created, {summary.Updated} updated, {summary.Unchanged} unchanged");
                return ExitCodes.Success;
            });
        });
        return command;
    }

    private static Command Export(CliContext context)
    {
        var options = new DatabaseOptions();
        var output = new Option<string>("--out") { Description = "The JSON Lines file to write (replaced atomically).", Required = true };
        var command = new Command("export", "Export every profile as JSON Lines (the import format; importing it again changes nothing).");
        command.Options.Add(output);
        options.AddTo(command);
        command.SetAction(parsed => WithDatabase(context, options, parsed, requireSchema: true, settings =>
        {
            var path = parsed.GetValue(output)!;
            using var file = AtomicFile.Create(path);
            int count;
            using (var writer = new StreamWriter(file.Stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true))
            {
                count = new ProfileExporter(settings, TimeProvider.System).ExportAsync(writer, options.ActorOf(parsed)).GetAwaiter().GetResult();
            }

            file.Commit();
            context.Out.WriteLine($"exported {count} profiles to {path}");
            return ExitCodes.Success;
        }));
        return command;
    }

    internal static int WithDatabase(CliContext context, DatabaseOptions options, ParseResult parsed, bool requireSchema, Func<DatabaseSettings, int> action)
    {
        var resolved = options.Resolve(parsed);
        if (!resolved.IsSuccess)
        {
            ErrorWriter.Write(context.Error, resolved.Errors);
            return ExitCodes.InvalidInput;
        }

        var settings = resolved.Value;
        try
        {
            if (requireSchema)
            {
                if (settings.Provider == DatabaseProvider.Sqlite && !File.Exists(new SqliteConnectionStringBuilder(settings.ConnectionString).DataSource))
                {
                    context.Error.WriteLine($"{settings.Describe()}: no such database; create it with 'homeward db init'");
                    return ExitCodes.InvalidInput;
                }

                var pending = HomewardDatabase.PendingMigrationsAsync(settings).GetAwaiter().GetResult();
                if (pending.Count > 0)
                {
                    context.Error.WriteLine($"{settings.Describe()}: the schema is not up to date ({pending.Count} migration(s) pending); run 'homeward db init'");
                    return ExitCodes.InvalidInput;
                }
            }

            return action(settings);
        }
        catch (DbException e)
        {
            context.Error.WriteLine($"{settings.Describe()}: {e.Message.ReplaceLineEndings(" ")}");
            return ExitCodes.Failure;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            context.Error.WriteLine($"{e.Message.ReplaceLineEndings(" ")}");
            return ExitCodes.Failure;
        }
    }

    private static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
