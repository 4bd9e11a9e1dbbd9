using Microsoft.AspNetCore.Identity;

namespace Homeward.Data.Accounts;

/// <summary>A person who signs in to the web application (ASP.NET Core Identity's user, stored in <c>users</c>).</summary>
public sealed class HomewardUser : IdentityUser
{
    /// <summary>When the account was created (UTC).</summary>
    public DateTime CreatedAt { get; set; }
}
