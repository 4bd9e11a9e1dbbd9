using Homeward.Data.Accounts;
using Homeward.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Data;

/// <summary>The accounts part of the model: Identity's tables under snake_case names, and the labs' API keys.</summary>
internal sealed partial class HomewardDbContext
{
    public DbSet<ApiKeyEntity> ApiKeys => Set<ApiKeyEntity>();

    private static void ConfigureAccounts(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<HomewardUser>().ToTable("users");
        modelBuilder.Entity<IdentityRole>().ToTable("roles");
        modelBuilder.Entity<IdentityUserRole<string>>().ToTable("user_roles");
        modelBuilder.Entity<IdentityUserClaim<string>>().ToTable("user_claims");
        modelBuilder.Entity<IdentityUserLogin<string>>().ToTable("user_logins");
        modelBuilder.Entity<IdentityUserToken<string>>().ToTable("user_tokens");
        modelBuilder.Entity<IdentityRoleClaim<string>>().ToTable("role_claims");

        modelBuilder.Entity<ApiKeyEntity>(e =>
        {
            e.ToTable("api_keys");
            e.HasIndex(x => x.KeyHash).IsUnique();
            e.Property(x => x.Prefix).HasMaxLength(16);
            e.Property(x => x.Lab).HasMaxLength(200);
            e.Property(x => x.Scopes).HasMaxLength(200);
        });
    }
}
