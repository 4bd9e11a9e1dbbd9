using System.CommandLine;
using System.Globalization;
using Homeward.Cli.Output;
using Homeward.Data.Accounts;

namespace Homeward.Cli.Commands;

/// <summary>
/// <c>homeward apikeys add --lab L --scope S [--scope S]</c> (prints the key once: only its hash is
/// stored), <c>apikeys list</c>, <c>apikeys revoke ID</c>. Creating and revoking are audited.
/// </summary>
internal static class ApiKeysCommand
{
    public static Command Create(CliContext context)
    {
        var keys = new Command("apikeys", "The labs' API keys for /api/v1.");
        keys.Subcommands.Add(Add(context));
        keys.Subcommands.Add(List(context));
        keys.Subcommands.Add(Revoke(context));
        return keys;
    }

    private static Command Add(CliContext context)
    {
        var options = new DatabaseOptions();
        var lab = new Option<string>("--lab") { Description = "The lab the key belongs to.", Required = true };
        var scopes = new Option<string[]>("--scope") { Description = $"What the key may do: {string.Join(", ", ApiKeyScopes.All)} (repeatable).", Required = true, AllowMultipleArgumentsPerToken = true };
        var command = new Command("add", "Make a key; it is printed once and only its SHA-256 is stored.");
        command.Options.Add(lab);
        command.Options.Add(scopes);
        options.AddTo(command);
        command.SetAction(parsed => DbCommand.WithDatabase(context, options, parsed, requireSchema: true, settings =>
        {
            var result = new ApiKeyStore(settings, TimeProvider.System)
                .CreateAsync(parsed.GetValue(lab)!, parsed.GetValue(scopes) ?? [], options.ActorOf(parsed)).GetAwaiter().GetResult();
            if (!result.IsSuccess)
            {
                ErrorWriter.Write(context.Error, result.Errors.Select(e => e with { Place = $"command line: --{e.Place}" }));
                return ExitCodes.InvalidInput;
            }

            context.Out.WriteLine(result.Value.Key);
            context.Error.WriteLine($"key {result.Value.Info.Id} for {result.Value.Info.Lab} ({string.Join(" ", result.Value.Info.Scopes)}): store it now, it is not shown again");
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command List(CliContext context)
    {
        var options = new DatabaseOptions();
        var command = new Command("list", "List the keys (never the keys themselves).");
        options.AddTo(command);
        command.SetAction(parsed => DbCommand.WithDatabase(context, options, parsed, requireSchema: true, settings =>
        {
            var table = new TextTable("id", "prefix", "lab", "scopes", "created", "revoked");
            foreach (var k in new ApiKeyStore(settings, TimeProvider.System).ListAsync().GetAwaiter().GetResult())
            {
                table.Add(k.Id.ToString(), k.Prefix, k.Lab, string.Join(" ", k.Scopes), Time(k.CreatedAt), k.RevokedAt is { } r ? Time(r) : "");
            }

            table.Write(context.Out);
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Revoke(CliContext context)
    {
        var options = new DatabaseOptions();
        var id = new Argument<string>("id") { Description = "The key's id (from 'apikeys list')." };
        var command = new Command("revoke", "Revoke a key: it stops working at once.");
        command.Arguments.Add(id);
        options.AddTo(command);
        command.SetAction(parsed => DbCommand.WithDatabase(context, options, parsed, requireSchema: true, settings =>
        {
            if (!Guid.TryParse(parsed.GetValue(id), out var guid))
            {
                context.Error.WriteLine($"command line: id: '{parsed.GetValue(id)}' is not a key id");
                return ExitCodes.InvalidInput;
            }

            var result = new ApiKeyStore(settings, TimeProvider.System).RevokeAsync(guid, options.ActorOf(parsed)).GetAwaiter().GetResult();
            if (!result.IsSuccess)
            {
                ErrorWriter.Write(context.Error, result.Errors.Select(e => e with { Place = $"command line: {e.Place}" }));
                return ExitCodes.InvalidInput;
            }

            context.Out.WriteLine($"revoked {guid} ({result.Value.Lab})");
            return ExitCodes.Success;
        }));
        return command;
    }

    private static string Time(DateTime utc) => utc.ToString("yyyy-MM-dd HH:mm'Z'", CultureInfo.InvariantCulture);
}
