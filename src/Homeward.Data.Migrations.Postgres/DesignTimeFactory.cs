using Microsoft.EntityFrameworkCore.Design;

namespace Homeward.Data.Migrations.Postgres;

/// <summary>What <c>dotnet ef</c> uses to build the model when it generates PostgreSQL migrations (no server needed).</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<HomewardDbContext>
{
    public HomewardDbContext CreateDbContext(string[] args) =>
        HomewardDatabase.CreateContext(DatabaseSettings.Postgres("Host=localhost;Database=homeward_design"));
}
