using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Homeward.Data.Accounts;

/// <summary>Connects ASP.NET Core Identity to Homeward's database without exposing the EF context.</summary>
public static class AccountStores
{
    /// <summary>Stores Identity's users and roles in the database of <paramref name="settings"/>.</summary>
    public static IdentityBuilder AddHomewardStores(this IdentityBuilder builder, DatabaseSettings settings)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(settings);
        builder.Services.AddScoped(_ => HomewardDatabase.CreateContext(settings));
        return builder.AddEntityFrameworkStores<HomewardDbContext>();
    }
}
