using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Threading.RateLimiting;
using Homeward.Data;
using Homeward.Data.Accounts;
using Homeward.Data.Audit;
using Homeward.Data.Cases;
using Homeward.Data.Frequencies;
using Homeward.Data.Imports;
using Homeward.Data.Intel;
using Homeward.Data.Samples;
using Homeward.Data.Photos;
using Homeward.Data.Photos.Images;
using Homeward.Data.Reading;
using Homeward.Web.Api;
using Homeward.Web.Intel;
using Homeward.Web.Localization;
using Homeward.Web.Matching;
using Homeward.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.WebEncoders;

namespace Homeward.Web;

/// <summary>
/// Composes the web application once, for <c>homeward serve</c> and for the tests alike: services,
/// security (Identity cookies, lab API keys, deny-by-default policies, antiforgery, login rate limit,
/// security headers), languages, the pages, the API, OpenAPI and the health check.
/// </summary>
public static class HomewardWebApp
{
    /// <summary>The rate-limiter partition name of sign-in posts.</summary>
    internal const string LoginLimiter = "login";

    /// <summary>Builds the application (not started).</summary>
    public static WebApplication Build(HomewardWebOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            // The pages are compiled into this assembly: naming it the application makes MVC find them
            // whichever process hosts it (the CLI or a test runner).
            ApplicationName = typeof(HomewardWebApp).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            WebRootPath = Path.Combine(AppContext.BaseDirectory, "wwwroot"),
            EnvironmentName = options.EnvironmentName,
        });
        builder.WebHost.UseUrls(options.Urls);
        // One line per request at Information costs more CPU than the page itself under load; the
        // framework's warnings and errors still show.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        AddServices(builder.Services, options);
        options.ConfigureBuilder?.Invoke(builder);

        var app = builder.Build();
        Configure(app);
        return app;
    }

    private static void AddServices(IServiceCollection services, HomewardWebOptions options)
    {
        var database = options.Database.Pooled();
        services.AddSingleton(database);
        services.AddSingleton(options.Time);
        services.AddSingleton(s => new CaseDirectory(database, options.Time, s.GetRequiredService<AuditBatcher>()));
        services.AddSingleton<ApiKeyStore>();
        services.AddSingleton<ProfileImporter>();
        services.AddSingleton<PostStore>();
        services.AddSingleton(s => new PhotoStore(database, options.Time, new ImageLimits(options.PhotoMaxBytes), s.GetRequiredService<AuditBatcher>()));
        services.AddSingleton(options);
        services.AddSingleton<RingExport>();
        // Page reads are audited by group commit (one transaction and fsync for many concurrent readers);
        // the container disposes the batcher at shutdown, after writing what is queued.
        // On SQLite the batched reads also share views of the registry while it is unchanged (exactly: the
        // version bumped by triggers is compared inside each read's snapshot; see ReadCache).
        services.AddSingleton(_ => new AuditBatcher(database, options.Time) { Cache = database.Provider == DatabaseProvider.Sqlite ? new ReadCache() : null });
        services.AddSingleton(s => new FrequencyTableStore(database, options.Time));
        services.AddSingleton(s => new MatchRegistry(database, options.Registry with { Clock = options.Time, ReadAudit = s.GetRequiredService<AuditBatcher>() }, s.GetRequiredService<FrequencyTableStore>()));
        services.AddSingleton(s => new SampleDirectory(database, options.Time, s.GetRequiredService<AuditBatcher>()));

        services.AddSingleton<UserAdministration>();
        services.AddIdentity<HomewardUser, IdentityRole>(IdentitySetup.Configure)
            .AddHomewardStores(database)
            .AddDefaultTokenProviders();
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthentication>(ApiKeyAuthentication.SchemeName, null);
        services.ConfigureApplicationCookie(c =>
        {
            c.Cookie.Name = "homeward.auth";
            StrictCookie(c.Cookie);
            c.LoginPath = "/Account/Login";
            c.LogoutPath = "/Account/Logout";
            c.AccessDeniedPath = "/Account/AccessDenied";
            c.ExpireTimeSpan = TimeSpan.FromHours(8);
            c.SlidingExpiration = true;
            c.Events.OnRedirectToLogin = e => ApiOrRedirect(e, StatusCodes.Status401Unauthorized);
            c.Events.OnRedirectToAccessDenied = e => ApiOrRedirect(e, StatusCodes.Status403Forbidden);
        });
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme, c => StrictCookie(c.Cookie));
        services.AddAntiforgery(a =>
        {
            a.Cookie.Name = "homeward.csrf";
            StrictCookie(a.Cookie);
        });
        services.AddAuthorization(Policies.Add);

        services.AddLocalization(o => o.ResourcesPath = "Resources");
        // Chinese text is written as characters, not as &#x…; entities (the encoder still escapes markup).
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.Configure<RequestLocalizationOptions>(Languages.Configure);
        services.AddRazorPages(PageAccess.Configure);

        services.AddRateLimiter(r =>
        {
            r.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            r.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                IsSignIn(context.Request)
                    ? RateLimitPartition.GetFixedWindowLimiter(
                        context.Connection.RemoteIpAddress?.ToString() ?? "local",
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = options.LoginAttemptsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                    : RateLimitPartition.GetNoLimiter(string.Empty));
        });
        services.AddProblemDetails();
        services.AddOpenApi();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
    }

    private static void Configure(WebApplication app)
    {
        app.UseExceptionHandler();
        app.Use(SecurityHeaders.Apply);
        app.UseStatusCodePages();
        // wwwroot of the output: the pages' own scripts and the npm libraries (wwwroot/lib), public.
        app.UseStaticFiles();
        app.UseRequestLocalization();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();

        app.MapGet("/css/site.css", StyleSheet.Serve).AllowAnonymous().ExcludeFromDescription();
        IntelEndpoints.Map(app.MapGroup("/intel"));
        app.MapRazorPages();
        app.MapOpenApi().AllowAnonymous();
        app.MapHealthChecks("/health").AllowAnonymous();
        ApiEndpoints.Map(app.MapGroup("/api/v1"));
    }

    private static bool IsSignIn(HttpRequest request) =>
        HttpMethods.IsPost(request.Method)
        && (request.Path.Equals("/Account/Login", StringComparison.OrdinalIgnoreCase)
            || request.Path.Equals("/Account/LoginWith2fa", StringComparison.OrdinalIgnoreCase));

    private static void StrictCookie(CookieBuilder cookie)
    {
        cookie.HttpOnly = true;
        cookie.SameSite = SameSiteMode.Strict;
        cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
    }

    /// <summary>The API answers 401/403 (as problem details); pages redirect to sign-in or access denied.</summary>
    private static Task ApiOrRedirect(RedirectContext<CookieAuthenticationOptions> e, int status)
    {
        if (e.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            e.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        e.Response.Redirect(e.RedirectUri);
        return Task.CompletedTask;
    }
}
