namespace Homeward.Data.Audit;

/// <summary>The result of checking the audit chain.</summary>
/// <param name="Entries">How many entries were read.</param>
/// <param name="Head">The hash of the last entry (hex), to be kept elsewhere: a chain can only prove
/// that nothing before a known head changed; a removed tail shows as a head that differs.</param>
/// <param name="BrokenAt">The sequence of the first entry that does not fit, or null when the chain holds.</param>
/// <param name="Problem">What is wrong there.</param>
public sealed record AuditVerification(long Entries, string Head, long? BrokenAt, string? Problem)
{
    /// <summary>Whether every link holds.</summary>
    public bool IsIntact => BrokenAt is null;
}
