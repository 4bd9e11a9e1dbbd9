namespace Homeward.Registry.Audit;

/// <summary>The outcome of verifying an audit log.</summary>
/// <param name="IsValid">Whether every link holds.</param>
/// <param name="FirstBrokenPosition">The 1-based position of the first row that breaks the chain (count + 1 when the end does not meet the head), or null.</param>
/// <param name="Problem">What is wrong there, or null.</param>
public sealed record AuditVerification(bool IsValid, long? FirstBrokenPosition, string? Problem)
{
    /// <summary>A valid log.</summary>
    public static AuditVerification Valid { get; } = new(true, null, null);
}
