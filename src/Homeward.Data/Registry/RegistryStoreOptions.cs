using Homeward.Data.Audit;
using Homeward.Kinship;
using Homeward.Registry.Continuous;
using Homeward.Registry.Retention;

namespace Homeward.Data.Registry;

/// <summary>What a <see cref="RegistryStore"/> needs besides the database: the population model, the matching and retention settings, and the clock.</summary>
public sealed record RegistryStoreOptions
{
    /// <summary>
    /// The frequency table, θ and mutation model the DNA LR is computed with. Without it the store
    /// still records cases and lifecycle steps, but nothing is searched (each add says so in its warnings).
    /// </summary>
    public KinshipSettings? Kinship { get; init; }

    /// <summary>The threshold, top-N and prior of continuous matching.</summary>
    public MatchingSettings Matching { get; init; } = MatchingSettings.Default;

    /// <summary>How long data is kept.</summary>
    public RetentionSettings Retention { get; init; } = RetentionSettings.Default;

    /// <summary>
    /// Where reads put their audit entries: given, reads take no write lock and their entries are
    /// group-committed (a web application's many concurrent readers); absent, each read appends its
    /// entries in its own transaction (one-shot commands). Changes always audit in their transaction.
    /// The host owns it (it is disposed with the host).
    /// </summary>
    public AuditBatcher? ReadAudit { get; init; }

    /// <summary>The clock that stamps steps, scores and audit entries (the host's; tests pass a fixed one).</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;
}
