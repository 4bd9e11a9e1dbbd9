using Microsoft.EntityFrameworkCore.Design;

namespace Homeward.Data.Migrations.Sqlite;

/// <summary>What <c>dotnet ef</c> uses to build the model when it generates SQLite migrations.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<HomewardDbContext>
{
    public HomewardDbContext CreateDbContext(string[] args) =>
        HomewardDatabase.CreateContext(DatabaseSettings.Sqlite("design-time.db"));
}
