using Microsoft.EntityFrameworkCore;

namespace Homeward.Data.Audit;

/// <summary>
/// Reads the chain in sequence order and checks every link: sequences 1, 2, 3, … without gaps (a
/// deleted or inserted row), each entry's previous hash equal to the hash of the entry before (a
/// removed or reordered row), and each hash equal to the hash recomputed from the entry (an altered row).
/// </summary>
public static class AuditVerifier
{
    /// <summary>Verifies the chain of a database; reports the first broken link.</summary>
    public static async Task<AuditVerification> VerifyAsync(DatabaseSettings settings, CancellationToken cancellationToken = default)
    {
        await using var db = HomewardDatabase.CreateContext(settings);
        long count = 0;
        var previous = AuditHasher.Genesis;
        await foreach (var entry in db.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).AsAsyncEnumerable().WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            count++;
            string? problem = null;
            if (entry.Sequence != count)
            {
                problem = $"expected sequence {count}, found {entry.Sequence}: an entry was deleted or inserted";
            }
            else if (!entry.PreviousHash.AsSpan().SequenceEqual(previous))
            {
                problem = "its previous hash is not the hash of the entry before: an entry was deleted, inserted or replaced";
            }
            else if (!AuditHasher.Hash(entry).AsSpan().SequenceEqual(entry.Hash))
            {
                problem = "its content does not give its hash: the entry was altered";
            }

            if (problem is not null)
            {
                return new AuditVerification(count - 1, Convert.ToHexStringLower(previous), entry.Sequence, problem);
            }

            previous = entry.Hash;
        }

        return new AuditVerification(count, Convert.ToHexStringLower(previous), null, null);
    }
}
