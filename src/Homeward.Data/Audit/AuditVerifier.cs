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
    public static Task<AuditVerification> VerifyAsync(DatabaseSettings settings, CancellationToken cancellationToken = default) =>
        VerifyAsync(settings, [], cancellationToken);

    /// <summary>
    /// Verifies the chain and, for every anchor kept outside the database, that the entry at its
    /// sequence still has its hash: a chain cut short, or rewritten after an anchor, fails here although
    /// every remaining link holds.
    /// </summary>
    public static async Task<AuditVerification> VerifyAsync(DatabaseSettings settings, IReadOnlyList<AuditAnchor> anchors, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(anchors);
        var expected = anchors.GroupBy(a => a.Sequence).ToDictionary(g => g.Key, g => g.Select(a => a.Hash).ToArray());
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

            else if (expected.TryGetValue(count, out var hashes) && hashes.Any(h => !string.Equals(h, Convert.ToHexStringLower(entry.Hash), StringComparison.Ordinal)))
            {
                problem = "its hash differs from the anchor kept outside the database: the chain was rewritten from here on";
            }

            if (problem is not null)
            {
                return new AuditVerification(count - 1, Convert.ToHexStringLower(previous), entry.Sequence, problem);
            }

            previous = entry.Hash;
        }

        var beyond = anchors.Where(a => a.Sequence > count).MaxBy(a => a.Sequence);
        return beyond is null
            ? new AuditVerification(count, Convert.ToHexStringLower(previous), null, null)
            : new AuditVerification(count, Convert.ToHexStringLower(previous), count + 1, $"the chain ends at entry {count} but an anchor of {beyond.At:O} records entry {beyond.Sequence}: entries were removed from the end");
    }
}
