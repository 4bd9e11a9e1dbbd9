using Homeward.Data.Audit;
using Homeward.Data.Cases;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Homeward.Web.Pages.Admin;

/// <summary>The audit chain, newest first (administrators).</summary>
public sealed class AuditModel(CaseDirectory cases) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public CasePage<AuditEntryView> Entries { get; private set; } = new([], 0, 1, 1);

    public Pager Pager => new("/Admin/Audit", null, Entries.Page, Entries.Pages);

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Entries = await cases.AuditLogAsync(PageNumber, 50, cancellationToken);
}
