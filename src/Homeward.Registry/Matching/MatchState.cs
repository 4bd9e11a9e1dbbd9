namespace Homeward.Registry.Matching;

/// <summary>Where a match (report × found child) stands; see <see cref="MatchLifecycle"/> for the moves.</summary>
public enum MatchState
{
    /// <summary>Found by the search, not yet looked at.</summary>
    Potential = 1,

    /// <summary>An analyst is reviewing the kinship statistics and the descriptions side by side.</summary>
    UnderReview,

    /// <summary>A confirmatory test (more markers, another relative, a second lab) was ordered.</summary>
    ConfirmatoryTestRequested,

    /// <summary>The confirmatory test supports the relationship.</summary>
    Confirmed,

    /// <summary>Best-interest verification before reunion: four checks, all must pass.</summary>
    Verification,

    /// <summary>The child was reunited with the family.</summary>
    Reunited,

    /// <summary>Reunited, with follow-up visits scheduled (final).</summary>
    FollowUpsDue,

    /// <summary>Excluded with a reason (final); the pair never becomes a potential match again.</summary>
    Excluded,
}
