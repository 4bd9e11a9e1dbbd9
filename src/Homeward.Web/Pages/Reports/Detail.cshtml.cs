using Homeward.Data.Cases;
using Homeward.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Homeward.Web.Pages.Reports;

/// <summary>One report (audited); genotypes only for lab analysts.</summary>
public sealed class DetailModel(CaseDirectory cases, IAuthorizationService authorization) : PageModel
{
    public ReportDetail Report { get; private set; } = null!;

    public bool CanWrite { get; private set; }

    public bool CanRecordConsent { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        var genotypes = (await authorization.AuthorizeAsync(User, Policies.Genotypes)).Succeeded;
        var report = await cases.ReadReportAsync(code, genotypes, Actor.Of(User), cancellationToken);
        if (report is null)
        {
            return NotFound();
        }

        Report = report;
        CanWrite = (await authorization.AuthorizeAsync(User, Policies.CasesWrite)).Succeeded;
        CanRecordConsent = (await authorization.AuthorizeAsync(User, Policies.Consent)).Succeeded;
        return Page();
    }
}
