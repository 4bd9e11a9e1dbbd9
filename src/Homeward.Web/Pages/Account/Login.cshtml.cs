using Homeward.Data.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Homeward.Web.Pages.Account;

/// <summary>Sign-in by e-mail and password; failures count towards lockout; a second factor is asked when enabled.</summary>
public sealed class LoginModel(SignInManager<HomewardUser> signIn) : PageModel
{
    [BindProperty]
    public string Email { get; set; } = string.Empty;

    [BindProperty]
    public string Password { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Message { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await signIn.PasswordSignInAsync(Email, Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(SafeReturn(ReturnUrl));
        }

        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("/Account/LoginWith2fa", new { returnUrl = SafeReturn(ReturnUrl) });
        }

        Message = result.IsLockedOut
            ? "This account is locked after too many failed attempts. Try again later."
            : "Wrong e-mail or password.";
        Password = string.Empty;
        return Page();
    }

    internal string SafeReturn(string? url) => Url.IsLocalUrl(url) ? url : "/";
}
