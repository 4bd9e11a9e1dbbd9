using Microsoft.Data.Sqlite;

namespace Homeward.Data.Tests;

/// <summary>Connection settings for one-shot commands and for a long-running host.</summary>
public sealed class DatabaseSettingsTests
{
    [Fact]
    public void A_sqlite_file_is_unpooled_for_commands_and_pooled_for_a_host_with_everything_else_kept()
    {
        var command = DatabaseSettings.Sqlite("/tmp/h.db");
        var host = command.Pooled();

        new SqliteConnectionStringBuilder(command.ConnectionString).Pooling.ShouldBeFalse();
        var pooled = new SqliteConnectionStringBuilder(host.ConnectionString);
        pooled.Pooling.ShouldBeTrue();
        pooled.DataSource.ShouldBe("/tmp/h.db");
        pooled.ForeignKeys.ShouldBe(true);
        host.Provider.ShouldBe(DatabaseProvider.Sqlite);
    }

    [Fact]
    public void Postgres_settings_are_left_as_they_are()
    {
        var settings = DatabaseSettings.Postgres("Host=127.0.0.1;Database=h;Pooling=false");

        settings.Pooled().ShouldBe(settings);
    }
}
