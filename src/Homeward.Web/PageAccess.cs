using Homeward.Web.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;

namespace Homeward.Web;

/// <summary>Which policy guards which page (docs/web.md has the matrix); everything else needs a signed-in user.</summary>
internal static class PageAccess
{
    public static void Configure(RazorPagesOptions options)
    {
        var c = options.Conventions;
        c.AuthorizeFolder("/Reports", Policies.CasesRead);
        c.AuthorizePage("/Reports/Edit", Policies.CasesWrite);
        c.AuthorizePage("/Reports/Consent", Policies.Consent);
        c.AuthorizeFolder("/FoundChildren", Policies.CasesRead);
        c.AuthorizePage("/FoundChildren/Edit", Policies.CasesWrite);
        c.AuthorizeFolder("/Matches", Policies.CasesRead);
        c.AuthorizeFolder("/Admin", Policies.Administration);
        c.AuthorizeFolder("/Intel", Policies.Intel);
        c.AuthorizeFolder("/Public", Policies.PublicList);
        c.AuthorizeFolder("/Operations", Policies.CasesRead);
        c.AuthorizePage("/Operations/Edit", Policies.CasesWrite);
        c.AuthorizeFolder("/Lab", Policies.Genotypes);
        c.AuthorizePage("/Photos/Image", Policies.CasesRead);
        c.AuthorizePage("/Photos/Upload", Policies.CasesWrite);
        c.AuthorizePage("/Photos/Delete", Policies.CasesWrite);
        c.AllowAnonymousToPage("/Account/Login");
        c.AllowAnonymousToPage("/Account/LoginWith2fa");
        c.AllowAnonymousToPage("/Account/AccessDenied");
        c.AllowAnonymousToPage("/Language");
    }
}
