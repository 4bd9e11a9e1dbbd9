using Homeward.Data;
using Homeward.Data.Registry;

namespace Homeward.Web.Matching;

/// <summary>
/// The registry store of the application, opened on first use (opening checks the schema, which is
/// asynchronous). A store that cannot be opened is an operator's error: the exception says why.
/// </summary>
public sealed class MatchRegistry(DatabaseSettings settings, RegistryStoreOptions options)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private RegistryStore? _store;

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
            if (_store is null)
            {
                var opened = await RegistryStore.OpenAsync(settings, options, cancellationToken).ConfigureAwait(false);
                _store = opened.IsSuccess
                    ? opened.Value
                    : throw new InvalidOperationException("the registry store cannot be opened: " + string.Join("; ", opened.Errors));
            }

            return _store;
        }
        finally
        {
            _gate.Release();
        }
    }
}
