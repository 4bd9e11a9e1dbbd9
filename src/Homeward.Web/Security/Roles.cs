namespace Homeward.Web.Security;

/// <summary>The roles of people who sign in.</summary>
public static class Roles
{
    /// <summary>Manages users and reads the audit log; full case access.</summary>
    public const string Administrator = "administrator";

    /// <summary>Police investigator: reads and edits cases.</summary>
    public const string Investigator = "investigator";

    /// <summary>Lab analyst: reads cases, the only role that sees genotypes.</summary>
    public const string LabAnalyst = "lab-analyst";

    /// <summary>Case-worker (welfare institution, NGO): reads and edits cases.</summary>
    public const string Caseworker = "caseworker";

    /// <summary>Volunteer: the public minimal list of found children only.</summary>
    public const string Volunteer = "volunteer";

    /// <summary>Every role.</summary>
    public static IReadOnlyList<string> All { get; } = [Administrator, Investigator, LabAnalyst, Caseworker, Volunteer];
}
