using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Homeward.Web.BrowserTests.Infrastructure;

/// <summary>Signing in and out through the pages, as a user does.</summary>
internal static class Session
{
    /// <summary>Fills the sign-in form as the user of <paramref name="role"/> and waits for the dashboard.</summary>
    public static async Task SignInAsync(IPage page, string role)
    {
        if (!page.Url.Contains("/Account/Login", StringComparison.Ordinal))
        {
            await page.GotoAsync("/Account/Login");
        }

        await page.GetByLabel("E-mail").FillAsync(BrowserApp.UserOf(role));
        await page.GetByLabel("Password").FillAsync(BrowserApp.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dashboard", Exact = true })).ToBeVisibleAsync();
        await Expect(page.GetByText(BrowserApp.UserOf(role))).ToBeVisibleAsync();
    }

    /// <summary>Signs out with the header's button and waits for the sign-in page.</summary>
    public static async Task SignOutAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in", Exact = true })).ToBeVisibleAsync();
    }
}
