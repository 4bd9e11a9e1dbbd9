namespace Homeward.Data.Entities;

/// <summary>A candidate match of a found child to a report, with its place in the review lifecycle.</summary>
internal sealed class MatchEntity
{
    public Guid Id { get; set; }

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

    /// <summary>Per-marker detail as JSON (<c>{"D3S1358": 2.1, …}</c>).</summary>
    public required string Detail { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public List<MatchTransitionEntity> Transitions { get; } = [];
}
