using System.Globalization;

namespace Homeward.Registry.Audit;

/// <summary>
/// Verifies an audit log row by row and reports the first broken link: a row whose hash does not match
/// its content (altered), whose previous hash is not the row before's (removed, inserted, reordered),
/// or whose sequence is not its position; and, given the head kept apart, rows missing at the end.
/// Without that head a log truncated at the end, or rewritten from some row on, still verifies: keep
/// the head outside the database (docs/registry.md).
/// </summary>
public static class AuditVerifier
{
    /// <summary>Verifies <paramref name="entries"/> (oldest first) and, when given, that they end at <paramref name="head"/>.</summary>
    public static AuditVerification Verify(IReadOnlyList<AuditEntry> entries, AuditHead? head = null)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var previous = AuditChain.GenesisHash;
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var position = i + 1L;
            if (entry.Sequence != position)
            {
                return Broken(position, $"sequence {entry.Sequence} at position {position}: a row was removed, inserted or moved");
            }

            if (!string.Equals(entry.PreviousHash, previous, StringComparison.Ordinal))
            {
                return Broken(position, "the previous hash is not the hash of the row before: the chain was cut here");
            }

            if (!string.Equals(entry.Hash, AuditChain.ComputeHash(entry), StringComparison.Ordinal))
            {
                return Broken(position, "the hash does not match the row's content: the row was altered");
            }

            previous = entry.Hash;
        }

        if (head is not null && (head.Sequence != entries.Count || !string.Equals(head.Hash, previous, StringComparison.Ordinal)))
        {
            return Broken(entries.Count + 1L, string.Create(CultureInfo.InvariantCulture, $"the log ends at row {entries.Count} but the head is row {head.Sequence}: rows were removed from the end or the log was rewritten"));
        }

        return AuditVerification.Valid;
    }

    private static AuditVerification Broken(long position, string problem) => new(false, position, problem);
}
