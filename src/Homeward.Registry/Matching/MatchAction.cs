namespace Homeward.Registry.Matching;

/// <summary>What a user can do to a match; <see cref="MatchLifecycle.Target"/> says where each leads.</summary>
public enum MatchAction
{
    /// <summary>Open a potential match (only the factory does; never on an existing match).</summary>
    Open = 1,

    /// <summary>Potential → under review.</summary>
    StartReview,

    /// <summary>Under review → confirmatory test requested.</summary>
    RequestConfirmatoryTest,

    /// <summary>Confirmatory test requested → confirmed.</summary>
    Confirm,

    /// <summary>Confirmed → verification.</summary>
    BeginVerification,

    /// <summary>Record one of the four verification checks (stays in verification).</summary>
    RecordCheck,

    /// <summary>Verification → reunited, when all four checks passed.</summary>
    Reunite,

    /// <summary>Reunited → follow-ups due (the visits are scheduled).</summary>
    StartFollowUps,

    /// <summary>Any state before the reunion → excluded, with a reason.</summary>
    Exclude,
}
