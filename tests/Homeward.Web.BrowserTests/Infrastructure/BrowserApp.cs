using System.Text.Json;
using Homeward.Data;
using Homeward.Data.Accounts;
using Homeward.Data.Intel;
using Homeward.Data.Registry;
using Homeward.Kinship;
using Homeward.Testing;
using Homeward.Web.Matching;
using Homeward.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace Homeward.Web.BrowserTests.Infrastructure;

/// <summary>
/// The real application (HomewardWebApp.Build) on Kestrel at http://127.0.0.1 on a free port, over a
/// temporary SQLite file, seeded through the product's own code: one user per role
/// (<see cref="UserAdministration"/>, as <c>homeward users add</c>), a lab key, and through
/// <see cref="RegistryStore"/> report R-0001 (mother and father typed) whose missing child the flow
/// registers, plus report R-0002 with its found child FC-0002 and their match. Then Debian's Chromium,
/// headless, through Playwright.
/// </summary>
public sealed class BrowserApp : IAsyncLifetime
{
    public const string Password = "correct horse battery staple";

    /// <summary>The report whose missing child the flow test registers as found.</summary>
    public const string FlowReport = "R-0001";

    /// <summary>A report, found child and match seeded ready for the access tests.</summary>
    public const string SeededReport = "R-0002";

    public const string SeededChild = "FC-0002";

    /// <summary>Generous for a loaded 2-core machine.</summary>
    public const float Timeout = 30_000;

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "homeward-browser-" + Guid.NewGuid().ToString("N"));
    private WebApplication? _app;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public string BaseUrl { get; private set; } = "";

    /// <summary>A lab key allowed to submit profiles.</summary>
    public string LabKey { get; private set; } = "";

    /// <summary>The genotypes of R-0001's missing child (the true child of the seeded parents).</summary>
    public IReadOnlyDictionary<string, Genotype> FlowChildGenotypes { get; private set; } = new Dictionary<string, Genotype>();

    /// <summary>The id of the seeded R-0002 × FC-0002 match.</summary>
    public string SeededMatchId { get; private set; } = "";

    /// <summary>The ring of the seeded Intel posts (two offers sharing one phone written two ways).</summary>
    public string SeededRingId { get; private set; } = "";

    public IPlaywright Playwright => _playwright!;

    public static string UserOf(string role) => $"{role}@homeward.test";

    public async Task InitializeAsync()
    {
        if (Chromium.SkipReason is not null)
        {
            return;
        }

        if (!Chromium.IsInstalled)
        {
            throw new InvalidOperationException(Chromium.MissingMessage);
        }

        Directory.CreateDirectory(_directory);
        var settings = DatabaseSettings.Sqlite(Path.Combine(_directory, "web.db"));
        await HomewardDatabase.MigrateAsync(settings);
        _app = HomewardWebApp.Build(new HomewardWebOptions
        {
            Database = settings,
            Urls = "http://127.0.0.1:0",
            LoginAttemptsPerMinute = 10_000,
            EnvironmentName = "Testing",
            Registry = new RegistryStoreOptions { Kinship = RegistryScenario.Kinship() },
            ConfigureBuilder = b => b.Logging.ClearProviders(),
        });
        await _app.StartAsync();
        BaseUrl = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();

        await SeedAsync();

        _playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium.ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox"],
        });
        Assertions.SetDefaultExpectTimeout(Timeout);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        try
        {
            if (Directory.Exists(_directory))
            {
                Directory.Delete(_directory, recursive: true);
            }
        }
        catch (IOException)
        {
            // a file still open on a slow machine: the temp folder is cleaned by the OS
        }
    }

    /// <summary>A fresh browser context (its own cookies) on the application, with generous timeouts.</summary>
    public async Task<IBrowserContext> NewContextAsync()
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, Locale = "en-GB" });
        context.SetDefaultTimeout(Timeout);
        context.SetDefaultNavigationTimeout(Timeout);
        return context;
    }

    /// <summary>The JSON Lines profile a lab submits for <paramref name="id"/> (DESIGN.md §4).</summary>
    public static string ProfileLine(string id, string sex, IReadOnlyDictionary<string, Genotype> loci) =>
        JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["id"] = id,
            ["sex"] = sex,
            ["loci"] = loci.ToDictionary(l => l.Key, l => new[] { l.Value.First.ToString(), l.Value.Second.ToString() }),
        });

    private async Task SeedIntelAsync()
    {
        const string posts =
            """
            {"id":"p1","source":"forum","author":"a1","time":"2025-01-03T10:00:00+08:00","text":"出生8天男宝宝送养，营养费5万元，联系电话138-1234-5678"}
            {"id":"p2","source":"forum","author":"a2","time":"2025-03-04T10:00:00+08:00","text":"刚出生女婴找好人家送养，要营养费3万元，电话 +86 138 1234 5678"}
            """;
        var store = _app!.Services.GetRequiredService<PostStore>();
        var loaded = await store.LoadAsync([new PostSource("intel.jsonl", () => new StringReader(posts))], "seed");
        if (!loaded.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", loaded.Errors));
        }

        SeededRingId = (await store.RingsAsync("seed")).Single().Id;
    }

    private async Task SeedAsync()
    {
        await SeedIntelAsync();
        var users = _app!.Services.GetRequiredService<UserAdministration>();
        foreach (var role in Roles.All)
        {
            var added = await users.AddAsync(UserOf(role), role, Password);
            added.IsSuccess.ShouldBeTrue($"adding the {role}");
        }

        LabKey = (await _app.Services.GetRequiredService<ApiKeyStore>().CreateAsync("Lab 1", [ApiKeyScopes.ProfilesWrite], "seed")).Value.Key;

        var store = await _app.Services.GetRequiredService<MatchRegistry>().StoreAsync();
        var scenario = new RegistryScenario(11);
        var flow = scenario.NewFamily(FlowReport);
        await RegistryScenario.AddFamilyAsync(store, flow);
        FlowChildGenotypes = flow.ChildGenotypes;

        var seeded = scenario.NewFamily(SeededReport);
        await RegistryScenario.AddFamilyAsync(store, seeded);
        var outcome = await RegistryScenario.AddChildAsync(store, scenario.NewChild(SeededChild, seeded.ChildGenotypes));
        outcome.NewMatches.ShouldNotBeEmpty(string.Join("; ", outcome.Warnings));
        SeededMatchId = outcome.NewMatches[0];
    }
}
