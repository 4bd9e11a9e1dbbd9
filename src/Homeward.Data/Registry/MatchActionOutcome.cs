namespace Homeward.Data.Registry;

/// <summary>How a step on a match ended.</summary>
public enum MatchActionOutcome
{
    /// <summary>Done, recorded and audited.</summary>
    Applied = 1,

    /// <summary>No match has that id.</summary>
    NotFound,

    /// <summary>The match changed since the actor's version: nothing done; reload and decide again.</summary>
    StaleVersion,

    /// <summary>The lifecycle refuses the step (not allowed in this state, missing reason, checks not passed).</summary>
    Refused,
}
