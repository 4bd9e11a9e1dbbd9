using Homeward.Data.Cases;
using Homeward.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Homeward.Web.Pages.Operations;

/// <summary>Police operations, newest first, with what became of the children they rescued (the list shown is audited).</summary>
public sealed class IndexModel(CaseDirectory cases, IAuthorizationService authorization) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public CasePage<OperationSummary> Results { get; private set; } = new([], 0, 1, 1);

    public bool CanWrite { get; private set; }

    public Pager Pager => new("/Operations", null, Results.Page, Results.Pages);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Results = await cases.ListOperationsAsync(PageNumber, 25, Actor.Of(User), cancellationToken);
        CanWrite = (await authorization.AuthorizeAsync(User, Policies.CasesWrite)).Succeeded;
    }
}
