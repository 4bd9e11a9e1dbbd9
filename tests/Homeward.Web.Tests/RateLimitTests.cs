using System.Net;
using Homeward.Web.Tests.Infrastructure;

namespace Homeward.Web.Tests;

/// <summary>Sign-in posts are rate limited per client address; other requests are not.</summary>
public sealed class RateLimitTests : IAsyncLifetime
{
    private readonly WebApp _app = new() { LoginAttemptsPerMinute = 3 };

    public Task InitializeAsync() => _app.InitializeAsync();

    public Task DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task The_fourth_sign_in_in_a_minute_is_refused_with_429()
    {
        using var client = _app.Anonymous();
        for (var i = 0; i < 3; i++)
        {
            (await WebApp.SignInAsync(client, "nobody@homeward.test", "wrong")).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        (await WebApp.SignInAsync(client, WebApp.UserOf("administrator"), WebApp.Password)).StatusCode.ShouldBe((HttpStatusCode)429);
        (await client.GetAsync("/Account/Login")).StatusCode.ShouldBe(HttpStatusCode.OK, "pages are not limited");
    }
}
