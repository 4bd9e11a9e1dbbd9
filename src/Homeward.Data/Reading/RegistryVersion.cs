using System.Data.Common;

namespace Homeward.Data.Reading;

/// <summary>The registry's version on SQLite (the one row of <c>registry_version</c>, bumped by triggers on every registry table).</summary>
internal static class RegistryVersion
{
    /// <summary>The version as the transaction sees it.</summary>
    public static async Task<long> ReadAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT version FROM registry_version WHERE id = 1";
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is long version
            ? version
            : throw new InvalidOperationException("the registry_version row is missing: apply the migrations (homeward db init)");
    }

    /// <summary>Bumps the version in the transaction (for writes that bypass the triggers, such as a first load that drops them).</summary>
    public static async Task BumpAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "UPDATE registry_version SET version = version + 1 WHERE id = 1";
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
