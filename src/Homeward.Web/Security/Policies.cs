using Homeward.Data.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace Homeward.Web.Security;

/// <summary>The authorisation policies; anything not named by one needs a signed-in user (the fallback).</summary>
public static class Policies
{
    /// <summary>Read reports and found children.</summary>
    public const string CasesRead = "cases-read";

    /// <summary>Create and edit reports and found children.</summary>
    public const string CasesWrite = "cases-write";

    /// <summary>See genotypes.</summary>
    public const string Genotypes = "genotypes";

    /// <summary>Administer users, read the audit log.</summary>
    public const string Administration = "administration";

    /// <summary>The public minimal list of found children.</summary>
    public const string PublicList = "public-list";

    /// <summary>Submit profiles over the API (a lab key with <c>profiles:write</c>).</summary>
    public const string ProfilesWrite = "profiles-write";

    /// <summary>Read cases over the API: a signed-in reader, or a key with <c>cases:read</c>.</summary>
    public const string ApiCasesRead = "api-cases-read";

    /// <summary>Intel: triage, label and export posts, search identifiers, see rings (investigators and administrators).</summary>
    public const string Intel = "intel";

    /// <summary>Record relatives' consent (given, extended, withdrawn): administrators and case-workers, who take it from the families.</summary>
    public const string Consent = "consent";

    /// <summary>The claim type an API key's scopes are carried in.</summary>
    public const string ScopeClaim = "scope";

    internal static void Add(AuthorizationOptions options)
    {
        string[] both = [IdentityConstants.ApplicationScheme, ApiKeyAuthentication.SchemeName];
        options.AddPolicy(CasesRead, p => p.RequireRole(Roles.Administrator, Roles.Investigator, Roles.LabAnalyst, Roles.Caseworker));
        options.AddPolicy(CasesWrite, p => p.RequireRole(Roles.Administrator, Roles.Investigator, Roles.Caseworker));
        options.AddPolicy(Genotypes, p => p.RequireRole(Roles.LabAnalyst));
        options.AddPolicy(Administration, p => p.RequireRole(Roles.Administrator));
        options.AddPolicy(Intel, p => p.RequireRole(Roles.Administrator, Roles.Investigator));
        options.AddPolicy(Consent, p => p.RequireRole(Roles.Administrator, Roles.Caseworker));
        options.AddPolicy(PublicList, p => p.RequireRole(Roles.All.ToArray()));
        options.AddPolicy(ProfilesWrite, p => p
            .AddAuthenticationSchemes(ApiKeyAuthentication.SchemeName)
            .RequireClaim(ScopeClaim, ApiKeyScopes.ProfilesWrite));
        options.AddPolicy(ApiCasesRead, p => p
            .AddAuthenticationSchemes(both)
            .RequireAssertion(c =>
                c.User.HasClaim(ScopeClaim, ApiKeyScopes.CasesRead)
                || c.User.IsInRole(Roles.Administrator) || c.User.IsInRole(Roles.Investigator)
                || c.User.IsInRole(Roles.LabAnalyst) || c.User.IsInRole(Roles.Caseworker)));

        // Deny by default: every endpoint without its own policy or [AllowAnonymous] needs a signed-in user.
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
    }
}
