using System.Globalization;
using Homeward.Data.Cases;
using Homeward.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Homeward.Web.Pages.Operations;

/// <summary>An operation's facts and the children it rescued, 50 per page, with their DNA and best match (audited with the codes shown).</summary>
public sealed class DetailModel(CaseDirectory cases, IAuthorizationService authorization) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public OperationDetail Operation { get; private set; } = null!;

    public bool CanWrite { get; private set; }

    public Pager Pager => new($"/Operations/Detail/{Uri.EscapeDataString(Operation.Code)}", null, Operation.Children.Page, Operation.Children.Pages);

    /// <summary>An estimated age as a range of years (<c>2–3</c>), or empty when unknown.</summary>
    public static string Age(RescuedChild child)
    {
        ArgumentNullException.ThrowIfNull(child);
        return child is { AgeMinYears: { } min, AgeMaxYears: { } max }
            ? min == max ? Years(min) : $"{Years(min)}–{Years(max)}"
            : string.Empty;
    }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        var operation = await cases.ReadOperationAsync(code, PageNumber, 50, Actor.Of(User), cancellationToken);
        if (operation is null)
        {
            return NotFound();
        }

        Operation = operation;
        CanWrite = (await authorization.AuthorizeAsync(User, Policies.CasesWrite)).Succeeded;
        return Page();
    }

    private static string Years(double years) => years.ToString("0.##", CultureInfo.InvariantCulture);
}
