namespace Homeward.Data.Entities;

/// <summary>
/// A match of a found child to a report (Registry's <c>MatchCase</c>): its place in the lifecycle, its
/// latest score (DNA LR with per-marker detail, descriptive evidence, prior and posterior) and a row
/// version for optimistic concurrency. Its history is <see cref="Transitions"/>.
/// </summary>
internal sealed class MatchEntity
{
    public Guid Id { get; set; }

    /// <summary>The pseudonymous match id (<c>M-…</c>), unique.</summary>
    public required string Code { get; set; }

    public Guid ReportId { get; set; }

    public ReportEntity? Report { get; set; }

    public Guid FoundChildId { get; set; }

    public FoundChildEntity? FoundChild { get; set; }

    /// <summary>The pedigree likelihood ratio.</summary>
    public double Lr { get; set; }

    /// <summary>log10 of the LR (null when the LR is 0).</summary>
    public double? Log10Lr { get; set; }

    /// <summary>The lifecycle state (named by the domain library, stored as text).</summary>
    public required string State { get; set; }

    /// <summary>Per-marker detail as JSON (<c>[{"marker":"D3S1358","h1":…,"h2":…}, …]</c>).</summary>
    public required string Detail { get; set; }

    /// <summary>The product of the descriptive likelihood ratios.</summary>
    public double DescriptiveLr { get; set; } = 1;

    /// <summary>The descriptive factors as JSON (<c>[{"kind":"Sex","lr":1.98,"explanation":"…"}, …]</c>).</summary>
    public string Evidence { get; set; } = "[]";

    public double PriorOdds { get; set; }

    /// <summary>P(the found child is the report's missing child | all evidence).</summary>
    public double Posterior { get; set; }

    /// <summary>The frequency table the DNA LR was computed with.</summary>
    public string? FrequencyTable { get; set; }

    public DateTime? ScoredAt { get; set; }

    /// <summary>Re-scoring put the DNA LR below the opening threshold: for review (never an automatic exclusion).</summary>
    public bool FlaggedForReview { get; set; }

    /// <summary>Why the match was excluded (the reason of the Exclude step), when excluded.</summary>
    public string? ExclusionReason { get; set; }

    /// <summary>Incremented by every change; a writer holding an older version is refused.</summary>
    public int Version { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public List<MatchTransitionEntity> Transitions { get; } = [];

    public List<FollowUpVisitEntity> FollowUps { get; } = [];
}
