using Homeward.Data.Audit;
using Homeward.Data.Cases;
using Homeward.Data.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Homeward.Data.Tests.Infrastructure.Imports;

namespace Homeward.Data.Tests;

public sealed class AuditTests
{
    [Theory, DatabaseData]
    public async Task Imports_reads_and_exports_extend_an_intact_chain(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await BuildChainAsync(database);

        var result = await AuditVerifier.VerifyAsync(database.Settings);

        result.IsIntact.ShouldBeTrue(result.Problem);
        result.Entries.ShouldBe(5);
        await using var db = database.Context();
        (await db.AuditEntries.OrderBy(e => e.Sequence).Select(e => e.Action).ToListAsync()).ShouldBe(["import", "read", "read", "update", "import"]);
        var read = await db.AuditEntries.SingleAsync(e => e.Sequence == 2);
        (read.EntityType, read.EntityId, read.Actor).ShouldBe(("report", "R-1", "analyst"));
    }

    [Theory, DatabaseData]
    public async Task Reading_a_case_returns_its_donors_and_is_audited(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await RunAsync(database, Lines(Mother, Father));

        var view = await new CaseReader(database.Settings, TimeProvider.System).ReadReportAsync("R-1", "analyst");

        view.ShouldNotBeNull();
        view.Donors.Select(d => (d.Role, d.Samples.Single())).ShouldBe([("father", "S-2"), ("mother", "S-1")]);
        (await AuditVerifier.VerifyAsync(database.Settings)).Entries.ShouldBe(2);
    }

    [Theory, DatabaseData]
    public async Task An_altered_entry_is_detected(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await BuildChainAsync(database);

        await ExecuteAsync(database, "UPDATE audit_entries SET actor = 'someone-else' WHERE sequence = 3");

        var result = await AuditVerifier.VerifyAsync(database.Settings);
        result.BrokenAt.ShouldBe(3);
        result.Problem!.ShouldContain("altered");
        result.Entries.ShouldBe(2);
    }

    [Theory, DatabaseData]
    public async Task A_deleted_entry_is_detected(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await BuildChainAsync(database);

        await ExecuteAsync(database, "DELETE FROM audit_entries WHERE sequence = 2");

        var result = await AuditVerifier.VerifyAsync(database.Settings);
        result.BrokenAt.ShouldBe(3);
        result.Problem!.ShouldContain("deleted or inserted");
    }

    [Theory, DatabaseData]
    public async Task A_deleted_entry_with_the_rest_renumbered_is_detected(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await BuildChainAsync(database);

        await ExecuteAsync(database, "DELETE FROM audit_entries WHERE sequence = 2");
        foreach (var sequence in new[] { 3, 4, 5 })
        {
            await ExecuteAsync(database, $"UPDATE audit_entries SET sequence = {sequence - 1} WHERE sequence = {sequence}");
        }

        var result = await AuditVerifier.VerifyAsync(database.Settings);
        result.BrokenAt.ShouldBe(2);
    }

    [Theory, DatabaseData]
    public async Task An_inserted_entry_is_detected(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await BuildChainAsync(database);

        // Make room after entry 2 and copy entry 2 into it (a plausible forged row with a stale hash).
        foreach (var sequence in new[] { 5, 4, 3 })
        {
            await ExecuteAsync(database, $"UPDATE audit_entries SET sequence = {sequence + 1} WHERE sequence = {sequence}");
        }

        await ExecuteAsync(database, "INSERT INTO audit_entries (sequence, timestamp, actor, action, entity_type, entity_id, details, previous_hash, hash) " +
            "SELECT 3, timestamp, 'intruder', action, entity_type, entity_id, details, hash, hash FROM audit_entries WHERE sequence = 2");

        var result = await AuditVerifier.VerifyAsync(database.Settings);
        result.BrokenAt.ShouldBe(3);
        result.Problem!.ShouldContain("altered");
    }

    [Theory, DatabaseData]
    public async Task An_empty_chain_is_intact(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);

        var result = await AuditVerifier.VerifyAsync(database.Settings);

        (result.IsIntact, result.Entries).ShouldBe((true, 0L));
    }

    private static async Task BuildChainAsync(TestDatabase database)
    {
        await RunAsync(database, Lines(Mother, Father, Child));
        var reader = new CaseReader(database.Settings, TimeProvider.System);
        await reader.ReadReportAsync("R-1", "analyst");
        await reader.ReadReportAsync("R-404", "analyst");
        await RunAsync(database, Lines(Mother.Replace("\"17\", \"17\"", "\"17\", \"18\"", StringComparison.Ordinal)));
    }

    private static async Task ExecuteAsync(TestDatabase database, string sql)
    {
        await using var db = database.Context();
        await db.Database.ExecuteSqlRawAsync(sql);
    }
}
