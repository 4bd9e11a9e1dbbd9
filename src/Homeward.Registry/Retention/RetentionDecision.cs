namespace Homeward.Registry.Retention;

/// <summary>The rules of <see cref="RetentionPolicy"/>, in the order they are tried.</summary>
public enum RetentionRule
{
    /// <summary>A legal hold keeps everything.</summary>
    LegalHold = 1,

    /// <summary>A case closed longer than the retention period: all its data goes.</summary>
    ClosedCaseExpired,

    /// <summary>The relative withdrew consent to identification: their profile goes.</summary>
    ConsentWithdrawn,

    /// <summary>Reunited: the purpose is met, the profiles go (unless consent to keep).</summary>
    PurposeMet,

    /// <summary>Reunited, but the relative consented to keep their profile.</summary>
    ConsentToKeep,

    /// <summary>Reunited, within the grace period.</summary>
    GracePeriod,

    /// <summary>The search goes on.</summary>
    SearchContinues,
}

/// <summary>What kind of data a decision is about.</summary>
public enum RetentionSubject
{
    /// <summary>A relative's genetic profile (by sample code).</summary>
    RelativeProfile = 1,

    /// <summary>The found child's genetic profile (by sample code).</summary>
    ChildProfile,

    /// <summary>The whole case record: report, relatives' details, photos.</summary>
    CaseRecord,
}

/// <summary>One decision: keep or delete a piece of data, by which rule and why.</summary>
/// <param name="Subject">What kind of data.</param>
/// <param name="Id">The pseudonymous id (sample code, or report id for the case record).</param>
/// <param name="ReportId">The case.</param>
/// <param name="Delete">Whether it must be deleted now.</param>
/// <param name="Rule">The rule that decided.</param>
/// <param name="Explanation">Why, in words (no personal data, fit for the audit log).</param>
public sealed record RetentionDecision(RetentionSubject Subject, string Id, string ReportId, bool Delete, RetentionRule Rule, string Explanation);
