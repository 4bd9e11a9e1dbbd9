using System.Threading.Channels;
using Homeward.Data.Reading;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Data.Audit;

/// <summary>
/// Group commit for audit entries that are not part of a change: the reads of a busy web application.
/// Each caller's <see cref="AppendAsync(AuditRecord, CancellationToken)"/> completes only once its entry is committed, so a page is
/// never shown without its read being on record; but concurrent callers share one transaction (one
/// head lookup, one fsync), so the chain's serial append does not cap the request rate at the disk's
/// commit rate. Changes keep writing their entries inside their own transaction (<see cref="AuditWriter"/>).
/// </summary>
public sealed class AuditBatcher : IAsyncDisposable
{
    private readonly DatabaseSettings _settings;
    private readonly TimeProvider _clock;
    private readonly int _maxBatch;
    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _loop;

    /// <summary>Starts the writer of one database; the entries of <paramref name="maxBatch"/> callers at most per transaction.</summary>
    public AuditBatcher(DatabaseSettings settings, TimeProvider clock, int maxBatch = 256)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBatch, 1);
        _settings = settings;
        _clock = clock;
        _maxBatch = maxBatch;
        _loop = Task.Run(WriteLoopAsync);
    }

    /// <summary>
    /// Views of the registry that the reads audited through this batcher may share while the registry
    /// is unchanged (SQLite only; see <see cref="ReadCache"/>), or null to query every time.
    /// </summary>
    public ReadCache? Cache { get; init; }

    /// <summary>Appends one entry; completes when it is committed, or faults with the database's error.</summary>
    public Task AppendAsync(AuditRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        return AppendAsync([record], cancellationToken);
    }

    /// <summary>Appends the entries of one read, in order and in one transaction; completes when they are committed.</summary>
    public Task AppendAsync(IReadOnlyList<AuditRecord> records, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        if (records.Count == 0)
        {
            return Task.CompletedTask;
        }

        var pending = new Pending(records, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!_queue.Writer.TryWrite(pending))
        {
            throw new ObjectDisposedException(nameof(AuditBatcher));
        }

        return pending.Committed.Task.WaitAsync(cancellationToken);
    }

    /// <summary>Writes what is queued, then stops.</summary>
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _loop.ConfigureAwait(false);
    }

    private async Task WriteLoopAsync()
    {
        var batch = new List<Pending>(_maxBatch);
        while (await _queue.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            batch.Clear();
            while (batch.Count < _maxBatch && _queue.Reader.TryRead(out var pending))
            {
                batch.Add(pending);
            }

            try
            {
                await CommitAsync(batch).ConfigureAwait(false);
                foreach (var pending in batch)
                {
                    pending.Committed.TrySetResult();
                }
            }
            catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException or TimeoutException)
            {
                foreach (var pending in batch)
                {
                    pending.Committed.TrySetException(e);
                }
            }
        }
    }

    private async Task CommitAsync(List<Pending> batch)
    {
        await using var db = HomewardDatabase.CreateContext(_settings);
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync().ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync().ConfigureAwait(false);
        var records = batch.SelectMany(p => p.Records).ToList();
        await AuditWriter.AppendAsync(connection, transaction, _settings.Provider, records, _clock.GetUtcNow().UtcDateTime, CancellationToken.None).ConfigureAwait(false);
        await transaction.CommitAsync().ConfigureAwait(false);
    }

    private sealed record Pending(IReadOnlyList<AuditRecord> Records, TaskCompletionSource Committed);
}
