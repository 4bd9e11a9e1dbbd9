using System.Net;
using System.Text.RegularExpressions;
using Homeward.Kinship;

namespace Homeward.Cli.Load;

/// <summary>
/// Signs in to a running Homeward web application the way a browser does (GET the login form, POST it
/// with its antiforgery token and cookie) and returns the session cookie as a <c>Cookie</c> header
/// value, so a load run needs no hand-copied cookie.
/// </summary>
internal static partial class WebSignIn
{
    private const string LoginPath = "/Account/Login";

    public static async Task<Result<string>> CookieAsync(HttpClient client, Uri baseAddress, string email, string password, CancellationToken cancellationToken = default)
    {
        var login = new Uri(baseAddress, LoginPath);
        using var form = await client.GetAsync(login, cancellationToken).ConfigureAwait(false);
        if (form.StatusCode != HttpStatusCode.OK)
        {
            return Result<string>.Failure(login.ToString(), $"the sign-in page answered {(int)form.StatusCode} {form.ReasonPhrase}");
        }

        var token = TokenPattern().Match(await form.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false));
        if (!token.Success)
        {
            return Result<string>.Failure(login.ToString(), "the sign-in page has no antiforgery token: is this a Homeward server?");
        }

        using var post = new HttpRequestMessage(HttpMethod.Post, login)
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Email"] = email,
                ["Password"] = password,
                ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
            }),
        };
        post.Headers.TryAddWithoutValidation("Cookie", Cookies(form));
        using var answer = await client.SendAsync(post, cancellationToken).ConfigureAwait(false);
        var session = Cookies(answer);
        return answer.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther && session.Length > 0
            ? session
            : Result<string>.Failure(login.ToString(), $"sign-in as {email} refused ({(int)answer.StatusCode} {answer.ReasonPhrase}): check the e-mail, the password on standard input, and that the account has no second factor");
    }

    /// <summary>The <c>name=value</c> pairs a response sets, as one <c>Cookie</c> header value.</summary>
    private static string Cookies(HttpResponseMessage response) =>
        string.Join("; ", response.Headers.TryGetValues("Set-Cookie", out var values)
            ? values.Select(v => v.Split(';', 2)[0].Trim()).Where(v => v.Contains('=', StringComparison.Ordinal))
            : []);

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
