using Homeward.Data.Audit;
using Homeward.Data.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Data.Tests;

public sealed class AuditBatcherTests
{
    [Theory, DatabaseData]
    public async Task Concurrent_reads_share_transactions_and_leave_an_intact_chain(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new TickingClock();
        const int readers = 200;

        await using (var batcher = new AuditBatcher(database.Settings, clock))
        {
            await Task.WhenAll(Enumerable.Range(0, readers).Select(i =>
                batcher.AppendAsync(new AuditRecord("caseworker", "read", "match", $"M-{i}", "{}"))));
        }

        var result = await AuditVerifier.VerifyAsync(database.Settings);
        result.IsIntact.ShouldBeTrue(result.Problem);
        result.Entries.ShouldBe(readers);
        await using var db = database.Context();
        (await db.AuditEntries.Select(e => e.EntityId).ToListAsync()).ShouldBe(Enumerable.Range(0, readers).Select(i => $"M-{i}"), ignoreOrder: true);

        // One clock reading per transaction: far fewer commits than entries.
        var commits = await db.AuditEntries.Select(e => e.Timestamp).Distinct().CountAsync();
        commits.ShouldBeLessThan(readers / 4);
    }

    [Theory, DatabaseData]
    public async Task Disposing_writes_what_is_queued(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        Task[] appended;
        await using (var batcher = new AuditBatcher(database.Settings, TimeProvider.System, maxBatch: 3))
        {
            appended = [.. Enumerable.Range(0, 10).Select(i => batcher.AppendAsync(new AuditRecord("lab", "read", "sample", $"S-{i}", "{}")))];
        }

        appended.ShouldAllBe(t => t.IsCompletedSuccessfully);
        (await AuditVerifier.VerifyAsync(database.Settings)).Entries.ShouldBe(10);
    }

    [Fact]
    public async Task A_failing_database_faults_the_callers_of_its_batch()
    {
        var missing = Path.Combine(Path.GetTempPath(), "homeward-no-such-dir-" + Guid.NewGuid().ToString("N"), "x.db");
        await using var batcher = new AuditBatcher(DatabaseSettings.Sqlite(missing), TimeProvider.System);

        await Should.ThrowAsync<Microsoft.Data.Sqlite.SqliteException>(() => batcher.AppendAsync(new AuditRecord("a", "read", "match", "M-1", "{}")));
    }

    /// <summary>Advances one second per reading, so that each transaction has its own timestamp.</summary>
    private sealed class TickingClock : TimeProvider
    {
        private long _ticks = new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.Zero).UtcTicks;

        public override DateTimeOffset GetUtcNow() => new(Interlocked.Add(ref _ticks, TimeSpan.TicksPerSecond), TimeSpan.Zero);
    }
}
