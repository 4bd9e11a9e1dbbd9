using Homeward.Data;
using Homeward.Data.Accounts;
using Homeward.Kinship;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Homeward.Web.Security;

/// <summary>
/// Adds and lists users, for the administration page and <c>homeward users</c>. Each call uses its own
/// scope of Identity services (a singleton usable from anywhere).
/// </summary>
public sealed class UserAdministration(IServiceScopeFactory scopes, TimeProvider time)
{
    /// <summary>Identity's services alone, over a database: what the command line needs.</summary>
    public static ServiceProvider CreateStandalone(DatabaseSettings settings)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<UserAdministration>();
        services.AddIdentityCore<HomewardUser>(IdentitySetup.Configure)
            .AddRoles<IdentityRole>()
            .AddHomewardStores(settings);
        return services.BuildServiceProvider();
    }

    /// <summary>Adds a user with one role; a failure per broken rule (e-mail taken, password too short, …).</summary>
    public async Task<Result<string>> AddAsync(string email, string role, string password, CancellationToken cancellationToken = default)
    {
        if (!Roles.All.Contains(role))
        {
            return Result<string>.Failure("role", $"'{role}' is not a role; expected one of {string.Join(", ", Roles.All)}");
        }

        if (string.IsNullOrWhiteSpace(email) || !email.Contains('@', StringComparison.Ordinal))
        {
            return Result<string>.Failure("email", "an e-mail address is needed");
        }

        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<HomewardUser>>();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        if (!await roles.RoleExistsAsync(role).ConfigureAwait(false))
        {
            Check(await roles.CreateAsync(new IdentityRole(role)).ConfigureAwait(false));
        }

        var user = new HomewardUser { UserName = email.Trim(), Email = email.Trim(), EmailConfirmed = true, CreatedAt = time.GetUtcNow().UtcDateTime };
        var created = await users.CreateAsync(user, password).ConfigureAwait(false);
        if (!created.Succeeded)
        {
            return Result<string>.Failure([.. created.Errors.Select(e => new InputError(e.Code.Contains("Password", StringComparison.Ordinal) ? "password" : "email", e.Description))]);
        }

        Check(await users.AddToRoleAsync(user, role).ConfigureAwait(false));
        return user.Email;
    }

    /// <summary>Every user with their roles, by e-mail.</summary>
    public async Task<IReadOnlyList<UserSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<HomewardUser>>();
        var all = await users.Users.OrderBy(u => u.Email).ToListAsync(cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        var list = new List<UserSummary>(all.Count);
        foreach (var user in all)
        {
            var roles = await users.GetRolesAsync(user).ConfigureAwait(false);
            list.Add(new UserSummary(user.Email ?? user.UserName ?? user.Id, [.. roles.Order(StringComparer.Ordinal)], user.TwoFactorEnabled, user.LockoutEnd > now ? user.LockoutEnd : null));
        }

        return list;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
