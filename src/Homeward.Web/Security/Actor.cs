using System.Security.Claims;

namespace Homeward.Web.Security;

/// <summary>Who is acting, as the audit log names them: the user name (an e-mail) or the lab key.</summary>
internal static class Actor
{
    public static string Of(ClaimsPrincipal user) => user.Identity?.Name is { Length: > 0 } name ? $"web:{name}" : "web:anonymous";
}
