using System.Net;
using System.Text.RegularExpressions;
using Homeward.Data;
using Homeward.Data.Accounts;
using Homeward.Data.Imports;
using Homeward.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Homeward.Web.Tests.Infrastructure;

/// <summary>
/// The real application (HomewardWebApp.Build) on an in-memory test server over a temporary SQLite
/// file, with one user per role and lab keys per scope. Clients keep cookies and never follow redirects.
/// </summary>
public sealed partial class WebApp : IAsyncLifetime
{
    public const string Password = "correct horse battery staple";

    /// <summary>Report R-1 (a mother's profile) and found child Q-1, imported before the tests.</summary>
    public const string SeedProfiles =
        """{"id": "S-1", "report": "R-1", "role": "mother", "sex": "F", "loci": {"D3S1358": ["15", "16"], "vWA": ["17", "17"]}}""" + "\n" +
        """{"id": "Q-1", "sex": "M", "loci": {"D3S1358": ["15", "14"], "vWA": ["17", "18"]}}""" + "\n";

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "homeward-web-" + Guid.NewGuid().ToString("N"));
    private WebApplication? _app;

    /// <summary>Sign-in posts allowed per minute (the shared app's is high; the rate-limit test lowers it).</summary>
    public int LoginAttemptsPerMinute { get; init; } = 10_000;

    public DatabaseSettings Settings { get; private set; } = null!;

    /// <summary>A key per scope name, plus <c>revoked</c>.</summary>
    public Dictionary<string, string> Keys { get; } = [];

    public IServiceProvider Services => _app!.Services;

    public static string UserOf(string role) => $"{role}@homeward.test";

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_directory);
        Settings = DatabaseSettings.Sqlite(Path.Combine(_directory, "web.db"));
        await HomewardDatabase.MigrateAsync(Settings);
        _app = HomewardWebApp.Build(new HomewardWebOptions
        {
            Database = Settings,
            LoginAttemptsPerMinute = LoginAttemptsPerMinute,
            EnvironmentName = "Testing",
            ConfigureBuilder = b =>
            {
                b.WebHost.UseTestServer();
                b.Logging.ClearProviders();
            },
        });
        await _app.StartAsync();

        var users = _app.Services.GetRequiredService<UserAdministration>();
        foreach (var role in Roles.All)
        {
            (await users.AddAsync(UserOf(role), role, Password)).IsSuccess.ShouldBeTrue();
        }

        var seeded = await _app.Services.GetRequiredService<ProfileImporter>()
            .ImportAsync([new ImportSource("seed.jsonl", ImportFormat.JsonLines, () => new StringReader(SeedProfiles))], "test");
        seeded.Succeeded.ShouldBeTrue();
        await SeedIntelAsync();
        await SeedOperationsAsync();

        var keys = _app.Services.GetRequiredService<ApiKeyStore>();
        foreach (var scope in ApiKeyScopes.All)
        {
            Keys[scope] = (await keys.CreateAsync("Lab " + scope, [scope], "test")).Value.Key;
        }

        var revoked = (await keys.CreateAsync("Lab revoked", ApiKeyScopes.All, "test")).Value;
        (await keys.RevokeAsync(revoked.Info.Id, "test")).IsSuccess.ShouldBeTrue();
        Keys["revoked"] = revoked.Key;
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // a file still open on a slow machine: the temp folder is cleaned by the OS
        }
    }

    /// <summary>A client with its own cookies, not signed in.</summary>
    public HttpClient Anonymous(string? acceptLanguage = null)
    {
        var client = new HttpClient(new CookieContainerHandler(new CookieContainer()) { InnerHandler = _app!.GetTestServer().CreateHandler() })
        {
            BaseAddress = new Uri("http://localhost"),
        };
        if (acceptLanguage is not null)
        {
            client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(acceptLanguage);
        }

        return client;
    }

    /// <summary>A client signed in as the user of <paramref name="role"/>.</summary>
    public async Task<HttpClient> SignedInAsync(string role)
    {
        var client = Anonymous();
        var response = await SignInAsync(client, UserOf(role), Password);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, $"signing in as {role}");
        return client;
    }

    /// <summary>A client sending a lab key.</summary>
    public HttpClient WithKey(string key)
    {
        var client = Anonymous();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    /// <summary>Posts the sign-in form the way a browser does (token from the page, then the form).</summary>
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password) =>
        await PostFormAsync(client, "/Account/Login", new() { ["Email"] = email, ["Password"] = password });

    /// <summary>GETs a page, takes its antiforgery token, and posts the form fields to it.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, Dictionary<string, string> fields, string? formPage = null)
    {
        var page = await client.GetStringAsync(formPage ?? path);
        var token = TokenPattern().Match(page);
        token.Success.ShouldBeTrue($"no antiforgery token on {formPage ?? path}");
        fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value);
        return await client.PostAsync(path, new FormUrlEncodedContent(fields));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
