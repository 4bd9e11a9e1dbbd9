using Homeward.Data.Cases;
using Homeward.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Homeward.Web.Pages.Reports;

/// <summary>Creates a report (no code in the address) or edits one; errors are shown next to their fields.</summary>
public sealed class EditModel(CaseDirectory cases) : PageModel
{
    [BindProperty]
    public ReportForm Form { get; set; } = new();

    public bool IsNew { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? code, CancellationToken cancellationToken)
    {
        IsNew = code is null;
        if (code is null)
        {
            return Page();
        }

        var report = await cases.ReadReportAsync(code, withGenotypes: false, Actor.Of(User), cancellationToken);
        if (report is null)
        {
            return NotFound();
        }

        Form = new ReportForm { Code = report.Code, PoliceCaseNumber = report.PoliceCaseNumber, ReportedOn = report.ReportedOn, Person = PersonForm.From(report.Person) };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? code, CancellationToken cancellationToken)
    {
        IsNew = code is null;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var input = new ReportInput(Form.Code ?? string.Empty, Form.PoliceCaseNumber, Form.ReportedOn, Form.Person.ToDetails());
        var result = code is null
            ? await cases.CreateReportAsync(input, Actor.Of(User), cancellationToken)
            : await cases.UpdateReportAsync(code, input, Actor.Of(User), cancellationToken);
        if (!result.IsSuccess)
        {
            if (code is not null && CaseDirectory.IsMissing(result.Errors))
            {
                return NotFound();
            }

            FormErrors.Add(ModelState, result.Errors);
            return Page();
        }

        return Redirect($"/Reports/Detail/{Uri.EscapeDataString(result.Value)}");
    }
}
