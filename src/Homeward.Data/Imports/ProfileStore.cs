using System.Data.Common;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;

namespace Homeward.Data.Imports;

/// <summary>
/// The bulk path of an import, on the caller's connection and transaction. PostgreSQL: binary
/// <c>COPY</c> per table and batch (<see cref="PostgresProfileRowWriter"/>). SQLite: prepared
/// one-row <c>INSERT</c>s of positional parameters (<see cref="SqliteProfileRowWriter"/>). Lookups take a batch of codes as one array parameter
/// (<c>= ANY(@codes)</c>, <c>json_each(@codes)</c>). Guids are stored as EF Core stores them: uuid on
/// PostgreSQL, upper-case TEXT on SQLite.
/// </summary>
internal sealed class ProfileStore(DbConnection connection, DbTransaction transaction, DatabaseProvider provider)
{
    private const string SampleLookup =
        "SELECT s.code, s.id, s.content_hash, s.donor_id, s.found_child_id, r.code, d.role, COALESCE(d.sex, f.sex) " +
        "FROM samples s LEFT JOIN donors d ON d.id = s.donor_id LEFT JOIN reports r ON r.id = d.report_id " +
        "LEFT JOIN found_children f ON f.id = s.found_child_id ";

    /// <summary>
    /// The same on PostgreSQL, each sample's subject looked up by its key: with a batch of thousands
    /// of codes the planner joined by hashing whole tables (a parallel scan of all found children per
    /// batch: ~0.5 s a batch at a million profiles); a subquery per row stays an index probe.
    /// </summary>
    private const string PostgresSampleLookup =
        "SELECT s.code, s.id, s.content_hash, s.donor_id, s.found_child_id, " +
        "(SELECT r.code FROM donors d JOIN reports r ON r.id = d.report_id WHERE d.id = s.donor_id), " +
        "(SELECT d.role FROM donors d WHERE d.id = s.donor_id), " +
        "COALESCE((SELECT d.sex FROM donors d WHERE d.id = s.donor_id), (SELECT f.sex FROM found_children f WHERE f.id = s.found_child_id)) " +
        "FROM samples s ";

    private readonly IProfileRowWriter _writer = provider == DatabaseProvider.Postgres
        ? new PostgresProfileRowWriter((NpgsqlConnection)connection)
        : new SqliteProfileRowWriter((SqliteConnection)connection, transaction);

    public async Task<Dictionary<string, ExistingSample>> FindSamplesAsync(IReadOnlyCollection<string> codes, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, ExistingSample>(StringComparer.Ordinal);
        await using var command = CodesCommand((provider == DatabaseProvider.Postgres ? PostgresSampleLookup : SampleLookup) + "WHERE s.code " + CodesFilter, codes);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            found[reader.GetString(0)] = new ExistingSample(
                reader.GetGuid(1),
                (byte[])reader.GetValue(2),
                reader.IsDBNull(3) ? null : reader.GetGuid(3),
                reader.IsDBNull(4) ? null : reader.GetGuid(4),
                reader.IsDBNull(5) ? null : reader.GetString(5),
                reader.IsDBNull(6) ? null : reader.GetString(6),
                reader.IsDBNull(7) ? "U" : reader.GetString(7));
        }

        return found;
    }

    /// <summary>Found children by code (those recorded without a sample can receive one).</summary>
    public async Task<Dictionary<string, Guid>> FindFoundChildrenAsync(IReadOnlyCollection<string> codes, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, Guid>(StringComparer.Ordinal);
        await using var command = CodesCommand("SELECT code, id FROM found_children WHERE code " + CodesFilter, codes);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            found[reader.GetString(0)] = reader.GetGuid(1);
        }

        return found;
    }

    public async Task<Dictionary<string, Guid>> FindReportsAsync(IReadOnlyCollection<string> codes, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, Guid>(StringComparer.Ordinal);
        await using var command = CodesCommand("SELECT code, id FROM reports WHERE code " + CodesFilter, codes);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            found[reader.GetString(0)] = reader.GetGuid(1);
        }

        return found;
    }

    public async Task WriteAsync(NewRows rows, DateTime now, CancellationToken cancellationToken)
    {
        await _writer.WriteAsync(rows, now, cancellationToken).ConfigureAwait(false);

        foreach (var update in rows.Updates)
        {
            await UpdateAsync(update, now, cancellationToken).ConfigureAwait(false);
        }
    }

    private string CodesFilter => provider == DatabaseProvider.Postgres ? "= ANY(@codes)" : "IN (SELECT value FROM json_each(@codes))";

    private DbCommand CodesCommand(string sql, IReadOnlyCollection<string> codes)
    {
        var command = Command(sql);
        if (command is NpgsqlCommand npgsql)
        {
            npgsql.Parameters.AddWithValue("codes", NpgsqlDbType.Array | NpgsqlDbType.Text, codes.ToArray());
        }
        else
        {
            Add(command, "codes", JsonSerializer.Serialize(codes));
        }

        return command;
    }

    /// <summary>A donor's guardian status until it is recorded.</summary>
    internal const string NotRecorded = "not-recorded";

    private async Task UpdateAsync(SampleUpdate u, DateTime now, CancellationToken cancellationToken)
    {
        await using (var sample = Command("UPDATE samples SET loci = @loci, marker_count = @count, content_hash = @hash, updated_at = @now WHERE id = @id"))
        {
            Add(sample, "loci", u.Loci);
            Add(sample, "count", u.MarkerCount);
            Add(sample, "hash", u.Hash);
            Add(sample, "now", now);
            Add(sample, "id", Id(u.SampleId));
            await sample.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        if (u.DonorId is { } donor)
        {
            await using var command = Command("UPDATE donors SET report_id = @report, role = @role, sex = @sex WHERE id = @id");
            Add(command, "report", Id(u.ReportId!.Value));
            Add(command, "role", u.Role!);
            Add(command, "sex", u.Sex);
            Add(command, "id", Id(donor));
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        else if (u.FoundChildId is { } child)
        {
            await using var command = Command("UPDATE found_children SET sex = @sex WHERE id = @id");
            Add(command, "sex", u.Sex);
            Add(command, "id", Id(child));
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private object Id(Guid id) => provider == DatabaseProvider.Postgres ? id : SqliteGuid(id);

    /// <summary>EF Core's SQLite representation of a Guid: upper-case TEXT.</summary>
    internal static object SqliteGuid(Guid? id) => id is { } value ? string.Create(36, value, FormatUpper) : DBNull.Value;

    private static void FormatUpper(Span<char> text, Guid id)
    {
        id.TryFormat(text, out _, "D");
        for (var i = 0; i < text.Length; i++)
        {
            text[i] = char.ToUpperInvariant(text[i]);
        }
    }

    private DbCommand Command(string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    private static void Add(DbCommand command, string name, object value)
    {
        if (command is NpgsqlCommand npgsql && value is DateTime time)
        {
            npgsql.Parameters.AddWithValue(name, NpgsqlDbType.TimestampTz, DateTime.SpecifyKind(time, DateTimeKind.Utc));
            return;
        }

        var parameter = command is SqliteCommand sqlite ? sqlite.CreateParameter() : command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    public ValueTask DisposeCommandsAsync() => _writer.DisposeAsync();
}
