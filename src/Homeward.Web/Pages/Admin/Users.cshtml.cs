using Homeward.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Homeward.Web.Pages.Admin;

/// <summary>Users and their roles; adding a user (administrators).</summary>
public sealed class UsersModel(UserAdministration administration) : PageModel
{
    public IReadOnlyList<UserSummary> List { get; private set; } = [];

    public IEnumerable<SelectListItem> RoleItems => Roles.All.Select(r => new SelectListItem(r, r));

    public string? Message { get; private set; }

    [BindProperty]
    public string Email { get; set; } = string.Empty;

    [BindProperty]
    public string Role { get; set; } = Roles.Caseworker;

    [BindProperty]
    public string Password { get; set; } = string.Empty;

    public async Task OnGetAsync(CancellationToken cancellationToken) => List = await administration.ListAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await administration.AddAsync(Email, Role, Password, cancellationToken);
        if (result.IsSuccess)
        {
            Message = $"{result.Value}: {Role}";
            Email = string.Empty;
        }
        else
        {
            foreach (var e in result.Errors)
            {
                ModelState.AddModelError(string.Empty, e.ToString());
            }
        }

        Password = string.Empty;
        List = await administration.ListAsync(cancellationToken);
        return Page();
    }
}
