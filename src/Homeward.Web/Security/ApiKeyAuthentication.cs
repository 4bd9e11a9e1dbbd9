using System.Security.Claims;
using System.Text.Encodings.Web;
using Homeward.Data.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Homeward.Web.Security;

/// <summary>
/// Authenticates a lab by its key in the <c>Authorization: Bearer hw_…</c> header (or <c>X-Api-Key</c>).
/// No header: no result (other schemes may apply). A wrong or revoked key: a failure, and <c>401</c>.
/// </summary>
internal sealed class ApiKeyAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiKeyStore keys) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";

    public const string LabClaim = "lab";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var presented = Presented();
        if (presented is null)
        {
            return AuthenticateResult.NoResult();
        }

        var key = await keys.VerifyAsync(presented, Context.RequestAborted).ConfigureAwait(false);
        if (key is null)
        {
            return AuthenticateResult.Fail("unknown or revoked API key");
        }

        var claims = new List<Claim>
        {
            new(ClaimTypes.Name, $"lab:{key.Lab} key:{key.Prefix}"),
            new(LabClaim, key.Lab),
        };
        claims.AddRange(key.Scopes.Select(s => new Claim(Policies.ScopeClaim, s)));
        var identity = new ClaimsIdentity(claims, SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    private string? Presented()
    {
        if (Request.Headers.TryGetValue("X-Api-Key", out var header) && header.Count == 1)
        {
            return header[0];
        }

        var authorization = Request.Headers.Authorization.ToString();
        return authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? authorization["Bearer ".Length..].Trim() : null;
    }
}
