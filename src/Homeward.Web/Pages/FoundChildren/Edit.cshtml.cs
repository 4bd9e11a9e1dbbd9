using Homeward.Data.Cases;
using Homeward.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Homeward.Web.Pages.FoundChildren;

/// <summary>Records a found child (no code in the address) or edits one; errors are shown next to their fields.</summary>
public sealed class EditModel(CaseDirectory cases) : PageModel
{
    [BindProperty]
    public FoundChildForm Form { get; set; } = new();

    public bool IsNew { get; private set; }

    /// <summary>The operations a child can be recorded as rescued by.</summary>
    public IReadOnlyList<string> Operations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? code, CancellationToken cancellationToken)
    {
        IsNew = code is null;
        Operations = await cases.OperationCodesAsync(cancellationToken);
        if (code is null)
        {
            return Page();
        }

        var child = await cases.ReadFoundChildAsync(code, withGenotypes: false, Actor.Of(User), cancellationToken);
        if (child is null)
        {
            return NotFound();
        }

        Form = new FoundChildForm
        {
            Code = child.Code,
            Sex = child.Sex,
            FoundOn = child.FoundOn,
            EstimatedBirthYear = child.EstimatedBirthYear,
            Institution = child.Institution,
            Operation = child.Operation,
            Person = PersonForm.From(child.Person),
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? code, CancellationToken cancellationToken)
    {
        IsNew = code is null;
        Operations = await cases.OperationCodesAsync(cancellationToken);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var input = new FoundChildInput(Form.Code ?? string.Empty, Form.Sex ?? string.Empty, Form.FoundOn, Form.EstimatedBirthYear, Form.Institution, Form.Person.ToDetails(), Form.Operation);
        var result = code is null
            ? await cases.CreateFoundChildAsync(input, Actor.Of(User), cancellationToken)
            : await cases.UpdateFoundChildAsync(code, input, Actor.Of(User), cancellationToken);
        if (!result.IsSuccess)
        {
            if (code is not null && CaseDirectory.IsMissing(result.Errors))
            {
                return NotFound();
            }

            FormErrors.Add(ModelState, result.Errors);
            return Page();
        }

        return Redirect($"/FoundChildren/Detail/{Uri.EscapeDataString(result.Value)}");
    }
}
