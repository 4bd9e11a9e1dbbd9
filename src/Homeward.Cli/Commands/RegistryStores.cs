using Homeward.Cli.Output;
using Homeward.Data;
using Homeward.Data.Registry;

namespace Homeward.Cli.Commands;

/// <summary>Opens the registry store of a database for a command; a store that cannot be opened is reported as input errors.</summary>
internal static class RegistryStores
{
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
