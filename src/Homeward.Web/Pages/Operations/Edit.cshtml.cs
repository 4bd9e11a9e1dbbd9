using Homeward.Data.Cases;
using Homeward.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Homeward.Web.Pages.Operations;

/// <summary>Records an operation (no code in the address) or edits one; errors are shown next to their fields, nothing is stored when any fails.</summary>
public sealed class EditModel(CaseDirectory cases) : PageModel
{
    [BindProperty]
    public OperationForm Form { get; set; } = new();

    public bool IsNew { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? code, CancellationToken cancellationToken)
    {
        IsNew = code is null;
        if (code is null)
        {
            return Page();
        }

        var operation = await cases.ReadOperationFactsAsync(code, Actor.Of(User), cancellationToken);
        if (operation is null)
        {
            return NotFound();
        }

        Form = OperationForm.From(operation);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? code, CancellationToken cancellationToken)
    {
        IsNew = code is null;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var input = Form.ToInput();
        var result = code is null
            ? await cases.CreateOperationAsync(input, Actor.Of(User), cancellationToken)
            : await cases.UpdateOperationAsync(code, input, Actor.Of(User), cancellationToken);
        if (!result.IsSuccess)
        {
            if (code is not null && CaseDirectory.IsMissing(result.Errors))
            {
                return NotFound();
            }

            FormErrors.Add(ModelState, result.Errors);
            return Page();
        }

        return Redirect($"/Operations/Detail/{Uri.EscapeDataString(result.Value)}");
    }
}
