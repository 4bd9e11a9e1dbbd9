using Homeward.Kinship;
using Homeward.Registry.Names;

namespace Homeward.Registry.Cases;

/// <summary>
/// A relative of a missing child who gives (or gave) a reference sample. The name stays here, with
/// the case; the DNA profile is kept apart under <see cref="SampleCode"/> and never carries the name.
/// </summary>
public sealed class Donor
{
    private Donor(string id, string reportId, FamilyRole role, Sex sex, ChineseName? name, bool isMinor, GuardianStatus guardianStatus, Consent consent, string? sampleCode)
    {
        Id = id;
        ReportId = reportId;
        Role = role;
        Sex = sex;
        Name = name;
        IsMinor = isMinor;
        GuardianStatus = guardianStatus;
        Consent = consent;
        SampleCode = sampleCode;
    }

    /// <summary>The pseudonymous person id.</summary>
    public string Id { get; }

    /// <summary>The report of the missing child this person is related to.</summary>
    public string ReportId { get; }

    /// <summary>How the person is related to the missing child.</summary>
    public FamilyRole Role { get; }

    /// <summary>The person's sex.</summary>
    public Sex Sex { get; }

    /// <summary>The person's name (optional).</summary>
    public ChineseName? Name { get; }

    /// <summary>Under 14 (PIPL): consent must come from a guardian.</summary>
    public bool IsMinor { get; }

    /// <summary>Whether the person may consent for a child of the case.</summary>
    public GuardianStatus GuardianStatus { get; }

    /// <summary>The consent in force.</summary>
    public Consent Consent { get; }

    /// <summary>The pseudonymous code of the person's sample, once taken.</summary>
    public string? SampleCode { get; }

    /// <summary>Whether the person can give guardian consent now.</summary>
    public bool CanGiveGuardianConsent => GuardianStatus == GuardianStatus.Guardian;

    /// <summary>
    /// Creates a donor. The role's sex must agree with <paramref name="sex"/>; a minor's consent must
    /// come from a guardian; a person suspected of selling the child keeps that status.
    /// </summary>
    public static Result<Donor> Create(string id, string reportId, FamilyRole role, Sex sex, ChineseName? name, bool isMinor, GuardianStatus guardianStatus, Consent consent, string? sampleCode = null)
    {
        ArgumentNullException.ThrowIfNull(consent);
        return new Validation($"donor {id}")
            .RequireId(id, "id")
            .RequireId(reportId, "report")
            .Require(Enum.IsDefined(role), "role", $"unknown role {role}")
            .Require(role.ImpliedSex() is not { } implied || implied == sex, "sex", $"a {role.Name()} must be {role.ImpliedSex()}")
            .Require(!isMinor || consent.GuardianId is not null, "consent", "a minor's consent must be given by a guardian")
            .Require(!isMinor || guardianStatus == GuardianStatus.NotGuardian, "guardianStatus", "a minor cannot be a guardian")
            .Require(sampleCode is null || PseudonymousId.IsValid(sampleCode), "sampleCode", $"'{sampleCode}' is not a pseudonymous code")
            .Build(() => new Donor(id, reportId, role, sex, name, isMinor, guardianStatus, consent, sampleCode));
    }

    /// <summary>The donor with a new consent (given, extended or withdrawn).</summary>
    public Donor WithConsent(Consent consent)
    {
        ArgumentNullException.ThrowIfNull(consent);
        return new(Id, ReportId, Role, Sex, Name, IsMinor, GuardianStatus, consent, SampleCode);
    }

    /// <summary>
    /// The donor with a guardian status as an investigator or caseworker establishes it (a court order, a
    /// finding that the guardian sold the child, the suspicion lifted). The consents a suspected guardian
    /// gave for minors of the case no longer stand: such a minor cannot be loaded until consent is given again.
    /// </summary>
    public Donor WithGuardianStatus(GuardianStatus status) =>
        Enum.IsDefined(status)
            ? new(Id, ReportId, Role, Sex, Name, IsMinor, status, Consent, SampleCode)
            : throw new ArgumentOutOfRangeException(nameof(status), status, "not a guardian status");

    /// <summary>The donor once suspected of selling the child: no longer able to give guardian consent.</summary>
    public Donor SuspectedOfSelling() =>
        new(Id, ReportId, Role, Sex, Name, IsMinor, GuardianStatus == GuardianStatus.NotGuardian ? GuardianStatus.NotGuardian : GuardianStatus.SuspectedOfSelling, Consent, SampleCode);

    /// <summary>The donor with the code of their sample.</summary>
    public Result<Donor> WithSample(string sampleCode) =>
        new Validation($"donor {Id}").RequireId(sampleCode, "sampleCode").Build(() => new Donor(Id, ReportId, Role, Sex, Name, IsMinor, GuardianStatus, Consent, sampleCode));
}
