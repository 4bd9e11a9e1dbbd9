using FsCheck.Xunit;
using Homeward.Registry.Audit;

namespace Homeward.Registry.Tests;

public sealed class AuditTests
{
    private static readonly string[] Fields = ["sequence", "timestamp", "actor", "action", "entityType", "entityId", "details", "previousHash", "hash"];

    [Fact]
    public void A_log_built_by_appending_verifies()
    {
        var log = Build(12);
        log.Verify().IsValid.ShouldBeTrue();
        AuditVerifier.Verify(log.Entries).IsValid.ShouldBeTrue();
        log.Entries[0].PreviousHash.ShouldBe(AuditChain.GenesisHash);
        log.Entries[1].PreviousHash.ShouldBe(log.Entries[0].Hash);
        log.Entries[0].Hash.Length.ShouldBe(64);
    }

    [Fact]
    public void The_hash_is_sha256_over_the_documented_canonical_form()
    {
        var e = AuditChain.Next(AuditChain.EmptyHead, new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero), "u1", AuditAction.Read, "report", "R-1", "viewed").Value;
        AuditChain.Canonical(e).ShouldBe($"homeward-audit-v1\n1:1\n18:{e.Timestamp.UtcTicks}\n2:u1\n1:1\n6:report\n3:R-1\n6:viewed\n64:{AuditChain.GenesisHash}\n");
        e.Hash.ShouldBe(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(AuditChain.Canonical(e)))));
    }

    [Fact]
    public void Names_and_non_pseudonymous_ids_are_refused()
    {
        var log = AuditLog.Empty;
        log.Append(Fixtures.T0, "u1", AuditAction.Read, "report", "李小龙").IsSuccess.ShouldBeFalse();
        log.Append(Fixtures.T0, "u1", AuditAction.Update, "report", "R-1", "name changed to 李小龙").IsSuccess.ShouldBeFalse();
        log.Append(Fixtures.T0, "u1", AuditAction.Update, "Report Name", "R-1").IsSuccess.ShouldBeFalse();
        var one = log.Append(Fixtures.T0, "u1", AuditAction.Read, "report", "R-1").Value;
        one.Append(Fixtures.T0.AddSeconds(-1), "u1", AuditAction.Read, "report", "R-1").IsSuccess.ShouldBeFalse();
    }

    [Fact]
    public void Truncation_at_the_end_shows_only_against_the_head()
    {
        var log = Build(5);
        var truncated = log.Entries.RemoveAt(4);
        AuditVerifier.Verify(truncated).IsValid.ShouldBeTrue();
        var result = AuditVerifier.Verify(truncated, log.Head);
        result.IsValid.ShouldBeFalse();
        result.FirstBrokenPosition.ShouldBe(5);
    }

    [Property(MaxTest = 500)]
    public bool Any_single_alteration_removal_swap_or_insertion_is_detected(byte rows, byte kind, int at, int other, byte field)
    {
        var log = Build((rows % 20) + 2);
        var entries = log.Entries;
        var i = Math.Abs(at % entries.Length);
        var j = Math.Abs(other % entries.Length);
        if (j == i)
        {
            j = (i + 1) % entries.Length;
        }

        var tampered = (kind % 4) switch
        {
            0 => entries.SetItem(i, Alter(entries[i], Fields[field % Fields.Length])),
            1 => entries.RemoveAt(i),
            2 => entries.SetItem(i, entries[j]).SetItem(j, entries[i]),
            _ => entries.Insert(i, entries[j]),
        };
        var result = AuditVerifier.Verify(tampered, log.Head);
        return !result.IsValid && result.FirstBrokenPosition <= Math.Max(i, j) + 1 + (kind % 4 == 1 && i == entries.Length - 1 ? 1 : 0);
    }

    [Property(MaxTest = 200)]
    public bool An_altered_row_before_the_end_is_detected_even_without_the_head(byte rows, int at, byte field)
    {
        var log = Build((rows % 20) + 2);
        var i = Math.Abs(at % (log.Entries.Length - 1));
        var result = AuditVerifier.Verify(log.Entries.SetItem(i, Alter(log.Entries[i], Fields[field % Fields.Length])));
        return !result.IsValid && result.FirstBrokenPosition <= i + 2;
    }

    private static AuditEntry Alter(AuditEntry e, string field) => field switch
    {
        "sequence" => e with { Sequence = e.Sequence + 1 },
        "timestamp" => e with { Timestamp = e.Timestamp.AddTicks(1) },
        "actor" => e with { Actor = e.Actor + "x" },
        "action" => e with { Action = e.Action == AuditAction.Delete ? AuditAction.Read : AuditAction.Delete },
        "entityType" => e with { EntityType = e.EntityType + "x" },
        "entityId" => e with { EntityId = e.EntityId + "0" },
        "details" => e with { Details = e.Details + " " },
        "previousHash" => e with { PreviousHash = Flip(e.PreviousHash) },
        _ => e with { Hash = Flip(e.Hash) },
    };

    private static string Flip(string hex) => (hex[0] == '0' ? "1" : "0") + hex[1..];

    private static AuditLog Build(int rows)
    {
        var log = AuditLog.Empty;
        for (var k = 0; k < rows; k++)
        {
            var action = (AuditAction)((k % 5) + 1);
            log = log.Append(Fixtures.T0.AddMinutes(k), $"user-{k % 3}", action, k % 2 == 0 ? "match" : "profile", $"X-{k}", $"step {k}").Value;
        }

        return log;
    }
}
