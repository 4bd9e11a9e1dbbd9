using Homeward.Data.Cases;
using Homeward.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Homeward.Web.Pages.FoundChildren;

/// <summary>One found child (audited); genotypes only for lab analysts.</summary>
public sealed class DetailModel(CaseDirectory cases, IAuthorizationService authorization) : PageModel
{
    public FoundChildDetail Child { get; private set; } = null!;

    public bool CanWrite { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        var genotypes = (await authorization.AuthorizeAsync(User, Policies.Genotypes)).Succeeded;
        var child = await cases.ReadFoundChildAsync(code, genotypes, Actor.Of(User), cancellationToken);
        if (child is null)
        {
            return NotFound();
        }

        Child = child;
        CanWrite = (await authorization.AuthorizeAsync(User, Policies.CasesWrite)).Succeeded;
        return Page();
    }
}
