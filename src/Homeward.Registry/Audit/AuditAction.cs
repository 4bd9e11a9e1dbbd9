namespace Homeward.Registry.Audit;

/// <summary>What was done to a case's data.</summary>
public enum AuditAction
{
    /// <summary>Data was read (viewed, exported, searched).</summary>
    Read = 1,

    /// <summary>A record was created.</summary>
    Create,

    /// <summary>A record was changed.</summary>
    Update,

    /// <summary>A match moved in its lifecycle.</summary>
    Transition,

    /// <summary>A record was deleted (retention, consent withdrawn).</summary>
    Delete,
}
