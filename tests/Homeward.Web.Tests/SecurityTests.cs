using System.Net;
using System.Text.RegularExpressions;
using Homeward.Web.Tests.Infrastructure;

namespace Homeward.Web.Tests;

/// <summary>Headers, cookies, antiforgery, lockout and the second factor on the shared application.</summary>
[Collection(WebCollection.Name)]
public sealed partial class SecurityTests(WebApp app)
{
    [Theory]
    [InlineData("/Account/Login")]
    [InlineData("/api/v1/reports/R-1")]
    [InlineData("/health")]
    [InlineData("/Reports")]
    public async Task Every_response_carries_the_security_headers(string path)
    {
        using var client = app.Anonymous();
        using var response = await client.GetAsync(path);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        csp.ShouldContain("frame-ancestors 'none'");
        csp.ShouldContain("script-src 'self'");
        csp.ShouldNotContain("unsafe-inline");
        response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        response.Headers.GetValues("Referrer-Policy").ShouldBe(["no-referrer"]);
    }

    [Fact]
    public async Task Pages_have_no_inline_script_or_style()
    {
        using var client = await app.SignedInAsync("administrator");
        foreach (var path in new[] { "/", "/Reports", "/FoundChildren/Detail/Q-1", "/FoundChildren/Edit", "/Admin/Users", "/Account/TwoFactor" })
        {
            var page = await client.GetStringAsync(path);
            page.ShouldNotContain("<script", Case.Insensitive, path);
            page.ShouldNotContain(" style=", Case.Insensitive, path);
            page.ShouldNotContain("<style", Case.Insensitive, path);
        }
    }

    [Fact]
    public async Task Cookies_are_http_only_and_same_site_strict()
    {
        using var client = app.Anonymous();
        using var page = await client.GetAsync("/Account/Login");
        var token = TokenPattern().Match(await page.Content.ReadAsStringAsync()).Groups[1].Value;
        using var response = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = WebApp.UserOf("caseworker"),
            ["Password"] = WebApp.Password,
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
        }));
        var cookies = page.Headers.GetValues("Set-Cookie").Concat(response.Headers.GetValues("Set-Cookie")).ToList();
        cookies.ShouldContain(c => c.StartsWith("homeward.auth=", StringComparison.Ordinal));
        cookies.ShouldContain(c => c.StartsWith("homeward.csrf=", StringComparison.Ordinal));
        foreach (var cookie in cookies)
        {
            cookie.ShouldContain("httponly", Case.Insensitive);
            cookie.ShouldContain("samesite=strict", Case.Insensitive);
        }
    }

    [Theory]
    [InlineData("/Account/Login")]
    [InlineData("/FoundChildren/Edit")]
    [InlineData("/Admin/Users")]
    [InlineData("/Account/Logout")]
    [InlineData("/Language")]
    public async Task A_form_post_without_the_antiforgery_token_is_refused(string path)
    {
        using var client = await app.SignedInAsync("administrator");
        using var response = await client.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = "x@example.org",
            ["Form.Code"] = "CSRF-1",
            ["culture"] = "zh-CN",
        }));
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account()
    {
        using var admin = await app.SignedInAsync("administrator");
        const string email = "lockout@homeward.test";
        (await WebApp.PostFormAsync(admin, "/Admin/Users", new() { ["Email"] = email, ["Role"] = "caseworker", ["Password"] = WebApp.Password }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        using var client = app.Anonymous();
        for (var i = 0; i < 5; i++)
        {
            var wrong = await WebApp.SignInAsync(client, email, "wrong password " + i);
            wrong.StatusCode.ShouldBe(HttpStatusCode.OK);
            (await wrong.Content.ReadAsStringAsync()).ShouldContain(i < 4 ? "Wrong e-mail or password." : "locked");
        }

        var right = await WebApp.SignInAsync(client, email, WebApp.Password);
        right.StatusCode.ShouldBe(HttpStatusCode.OK, "the right password is refused while locked");
        (await right.Content.ReadAsStringAsync()).ShouldContain("locked");
        (await admin.GetStringAsync("/Admin/Users")).ShouldContain(email);
    }

    [Fact]
    public async Task The_second_factor_is_asked_once_enabled()
    {
        using var admin = await app.SignedInAsync("administrator");
        const string email = "totp@homeward.test";
        (await WebApp.PostFormAsync(admin, "/Admin/Users", new() { ["Email"] = email, ["Role"] = "investigator", ["Password"] = WebApp.Password }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        using var user = app.Anonymous();
        (await WebApp.SignInAsync(user, email, WebApp.Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var setup = await user.GetStringAsync("/Account/TwoFactor");
        var key = KeyPattern().Match(setup).Groups[1].Value;
        key.ShouldNotBeNullOrEmpty();
        setup.ShouldContain("otpauth://totp/");

        var wrong = await WebApp.PostFormAsync(user, "/Account/TwoFactor?handler=Enable", new() { ["Code"] = "000000" }, "/Account/TwoFactor");
        (await wrong.Content.ReadAsStringAsync()).ShouldContain("Wrong code.");
        var enabled = await WebApp.PostFormAsync(user, "/Account/TwoFactor?handler=Enable", new() { ["Code"] = Totp.Code(key, DateTimeOffset.UtcNow) }, "/Account/TwoFactor");
        (await enabled.Content.ReadAsStringAsync()).ShouldContain("Two-factor sign-in is on.");

        using var later = app.Anonymous();
        var first = await WebApp.SignInAsync(later, email, WebApp.Password);
        first.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        first.Headers.Location!.ToString().ShouldStartWith("/Account/LoginWith2fa");
        (await later.GetAsync("/Reports")).StatusCode.ShouldBe(HttpStatusCode.Redirect, "not signed in before the code");

        var second = await WebApp.PostFormAsync(later, "/Account/LoginWith2fa", new() { ["Code"] = Totp.Code(key, DateTimeOffset.UtcNow) });
        second.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await later.GetAsync("/Reports")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        using var client = await app.SignedInAsync("caseworker");
        (await WebApp.PostFormAsync(client, "/Account/Logout", [], "/")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await client.GetAsync("/Reports")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("<code id=\"key\">([^<]+)</code>")]
    private static partial Regex KeyPattern();
}
