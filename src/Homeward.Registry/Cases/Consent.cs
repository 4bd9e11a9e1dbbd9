using Homeward.Kinship;

namespace Homeward.Registry.Cases;

/// <summary>
/// A recorded consent: the scopes, when and by whom it was recorded, and who gave it — the person
/// themself or, for a minor, a guardian relative (identified by their pseudonymous person id).
/// </summary>
public sealed class Consent
{
    private Consent(ConsentScopes scopes, DateTimeOffset recordedAt, string recordedBy, string? guardianId)
    {
        Scopes = scopes;
        RecordedAt = recordedAt;
        RecordedBy = recordedBy;
        GuardianId = guardianId;
    }

    /// <summary>The scopes agreed.</summary>
    public ConsentScopes Scopes { get; }

    /// <summary>When the consent was recorded.</summary>
    public DateTimeOffset RecordedAt { get; }

    /// <summary>The user who recorded it.</summary>
    public string RecordedBy { get; }

    /// <summary>The guardian's person id when a guardian consented for a minor; null when given in person.</summary>
    public string? GuardianId { get; }

    /// <summary>Whether every scope of <paramref name="scopes"/> was agreed.</summary>
    public bool Allows(ConsentScopes scopes) => (Scopes & scopes) == scopes;

    /// <summary>Consent given by the person themself.</summary>
    public static Result<Consent> Given(ConsentScopes scopes, DateTimeOffset recordedAt, string recordedBy) =>
        new Validation("consent").RequireText(recordedBy, "recordedBy").Build(() => new Consent(scopes, recordedAt, recordedBy, null));

    /// <summary>
    /// Consent given by a guardian; refused when the guardian is not a legal guardian or is suspected of
    /// selling the child (DESIGN.md §6: guardian consent not from a parent who may have sold the child).
    /// </summary>
    public static Result<Consent> ByGuardian(Donor guardian, ConsentScopes scopes, DateTimeOffset recordedAt, string recordedBy)
    {
        ArgumentNullException.ThrowIfNull(guardian);
        return new Validation("consent")
            .RequireText(recordedBy, "recordedBy")
            .Require(guardian.GuardianStatus != GuardianStatus.NotGuardian, "guardian", $"{guardian.Id} is not a legal guardian")
            .Require(guardian.GuardianStatus != GuardianStatus.SuspectedOfSelling, "guardian", $"{guardian.Id} is suspected of selling the child and cannot give guardian consent")
            .Build(() => new Consent(scopes, recordedAt, recordedBy, guardian.Id));
    }

    /// <summary>The consent after the person withdrew some scopes (recorded at <paramref name="at"/>).</summary>
    public Consent Withdraw(ConsentScopes scopes, DateTimeOffset at, string recordedBy) => new(Scopes & ~scopes, at, recordedBy, GuardianId);
}
