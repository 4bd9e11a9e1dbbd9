using Homeward.Data;
using Homeward.Data.Frequencies;
using Homeward.Data.Registry;
using Homeward.Kinship;

namespace Homeward.Web.Matching;

/// <summary>
/// The registry store of the application, opened on first use (opening checks the schema, which is
/// asynchronous). A store that cannot be opened is an operator's error: the exception says why. The
/// store scores with the frequency table an administrator put in force (<see cref="FrequencyTableStore"/>),
/// else with the host's <see cref="RegistryStoreOptions.Kinship"/>; <see cref="ReloadAsync"/> reopens it
/// after the table in force changed. Stores are immutable: a request under way finishes on the store it
/// took, the next one takes the new store.
/// </summary>
public sealed class MatchRegistry(DatabaseSettings settings, RegistryStoreOptions options, FrequencyTableStore tables)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile RegistryStore? _store;

    /// <summary>The table the host configured (used while no table is put in force), or null when it configured none.</summary>
    public string? HostTable => options.Kinship?.Frequencies.Source;

    /// <summary>The store.</summary>
    public async Task<RegistryStore> StoreAsync(CancellationToken cancellationToken = default)
    {
        if (_store is { } ready)
        {
            return ready;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return _store ??= await OpenAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Reopens the store with the table in force now, and returns it.</summary>
    public async Task<RegistryStore> ReloadAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return _store = await OpenAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// The population model with <paramref name="table"/>: the host's θ, mutation model and minimum
    /// frequency when it set them, else θ = 0, no mutation and the marker's smallest frequency.
    /// </summary>
    public KinshipSettings KinshipWith(FrequencyTable table) =>
        options.Kinship is { } host ? host with { Frequencies = table } : new KinshipSettings(table, 0, MutationSettings.None, null);

    private async Task<RegistryStore> OpenAsync(CancellationToken cancellationToken)
    {
        var inForce = await tables.InForceAsync(cancellationToken).ConfigureAwait(false);
        var effective = inForce is null ? options : options with { Kinship = KinshipWith(inForce.Table) };
        var opened = await RegistryStore.OpenAsync(settings, effective, cancellationToken).ConfigureAwait(false);
        return opened.IsSuccess
            ? opened.Value
            : throw new InvalidOperationException("the registry store cannot be opened: " + string.Join("; ", opened.Errors));
    }
}
