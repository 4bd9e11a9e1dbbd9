using System.CommandLine;
using Homeward.Cli.Output;
using Homeward.Data;
using Homeward.Data.Registry;

namespace Homeward.Cli.Commands;

/// <summary>Opens the registry store of a database for a command; a store that cannot be opened is reported as input errors.</summary>
internal static class RegistryStores
{
    /// <summary>
    /// Runs <paramref name="action"/> on the store of the database the options name (its schema current);
    /// a database or store that cannot be opened is reported and gives <see cref="ExitCodes.InvalidInput"/>.
    /// </summary>
    public static int WithStore(CliContext context, DatabaseOptions options, ParseResult parsed, Func<RegistryStore, int> action, RegistryStoreOptions? storeOptions = null) =>
        DbCommand.WithDatabase(context, options, parsed, requireSchema: true, settings =>
            Open(context, settings, storeOptions) is { } store ? action(store) : ExitCodes.InvalidInput);

    public static RegistryStore? Open(CliContext context, DatabaseSettings settings, RegistryStoreOptions? options = null)
    {
        var opened = RegistryStore.OpenAsync(settings, options).GetAwaiter().GetResult();
        if (!opened.IsSuccess)
        {
            ErrorWriter.Write(context.Error, opened.Errors);
            return null;
        }

        return opened.Value;
    }
}
