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
