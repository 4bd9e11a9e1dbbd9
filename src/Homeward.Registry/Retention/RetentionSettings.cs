using Homeward.Kinship;

namespace Homeward.Registry.Retention;

/// <summary>How long data is kept (set by the administrator; the defaults are the project's proposal, not law).</summary>
public sealed record RetentionSettings
{
    /// <summary>The defaults.</summary>
    public static RetentionSettings Default { get; } = new();

    /// <summary>Days after a reunion before the relatives' and the child's profiles are deleted (time to re-check; default 90).</summary>
    public int DaysAfterReunion { get; init; } = 90;

    /// <summary>Years after a case is closed before all its data is deleted (default 10).</summary>
    public int YearsAfterClosure { get; init; } = 10;

    /// <summary>Checks the settings.</summary>
    public Result<RetentionSettings> Validate() =>
        new Validation("retention")
            .Require(DaysAfterReunion >= 0, nameof(DaysAfterReunion), "must be ≥ 0")
            .Require(YearsAfterClosure >= 1, nameof(YearsAfterClosure), "must be ≥ 1")
            .Build(() => this);
}
