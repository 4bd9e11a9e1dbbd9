using System.Data.Common;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;

namespace Homeward.Data.Imports;

/// <summary>
/// The bulk path of an import, on the caller's connection and transaction. PostgreSQL: binary
/// <c>COPY</c> per table and batch. SQLite: prepared <c>INSERT</c>s (SQLite is in-process; a prepared
/// statement per row is its fastest path). Lookups take a batch of codes as one array parameter
/// (<c>= ANY(@codes)</c>, <c>json_each(@codes)</c>). Guids are stored as EF Core stores them: uuid on
/// PostgreSQL, upper-case TEXT on SQLite.
/// </summary>
internal sealed class ProfileStore(DbConnection connection, DbTransaction transaction, DatabaseProvider provider)
{
    private const string SampleLookup =
        "SELECT s.code, s.id, s.content_hash, s.donor_id, s.found_child_id, r.code, d.role, COALESCE(d.sex, f.sex) " +
        "FROM samples s LEFT JOIN donors d ON d.id = s.donor_id LEFT JOIN reports r ON r.id = d.report_id " +
        "LEFT JOIN found_children f ON f.id = s.found_child_id ";

    private DbCommand? _insertReport;
    private DbCommand? _insertDonor;
    private DbCommand? _insertChild;
    private DbCommand? _insertSample;

    public async Task<Dictionary<string, ExistingSample>> FindSamplesAsync(IReadOnlyCollection<string> codes, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, ExistingSample>(StringComparer.Ordinal);
        await using var command = CodesCommand(SampleLookup + "WHERE s.code " + CodesFilter, codes);
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
        if (provider == DatabaseProvider.Postgres)
        {
            await CopyAsync(rows, now, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            InsertSqlite(rows, now, cancellationToken);
        }

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

    private async Task CopyAsync(NewRows rows, DateTime now, CancellationToken cancellationToken)
    {
        var npgsql = (NpgsqlConnection)connection;
        if (rows.Reports.Count > 0)
        {
            await using var copy = await npgsql.BeginBinaryImportAsync("COPY reports (id, code, created_at) FROM STDIN (FORMAT BINARY)", cancellationToken).ConfigureAwait(false);
            foreach (var r in rows.Reports)
            {
                copy.StartRow();
                copy.Write(r.Id, NpgsqlDbType.Uuid);
                copy.Write(r.Code, NpgsqlDbType.Varchar);
                copy.Write(now, NpgsqlDbType.TimestampTz);
            }

            await copy.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }

        if (rows.Donors.Count > 0)
        {
            await using var copy = await npgsql.BeginBinaryImportAsync("COPY donors (id, report_id, role, sex, consent_scopes, guardian_status) FROM STDIN (FORMAT BINARY)", cancellationToken).ConfigureAwait(false);
            foreach (var d in rows.Donors)
            {
                copy.StartRow();
                copy.Write(d.Id, NpgsqlDbType.Uuid);
                copy.Write(d.ReportId, NpgsqlDbType.Uuid);
                copy.Write(d.Role, NpgsqlDbType.Varchar);
                copy.Write(d.Sex, NpgsqlDbType.Varchar);
                copy.Write(string.Empty, NpgsqlDbType.Varchar);
                copy.Write(NotRecorded, NpgsqlDbType.Varchar);
            }

            await copy.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }

        if (rows.FoundChildren.Count > 0)
        {
            await using var copy = await npgsql.BeginBinaryImportAsync("COPY found_children (id, code, sex) FROM STDIN (FORMAT BINARY)", cancellationToken).ConfigureAwait(false);
            foreach (var c in rows.FoundChildren)
            {
                copy.StartRow();
                copy.Write(c.Id, NpgsqlDbType.Uuid);
                copy.Write(c.Code, NpgsqlDbType.Varchar);
                copy.Write(c.Sex, NpgsqlDbType.Varchar);
            }

            await copy.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }

        if (rows.Samples.Count > 0)
        {
            await using var copy = await npgsql.BeginBinaryImportAsync(
                "COPY samples (id, code, donor_id, found_child_id, lab, kit, loci, marker_count, content_hash, created_at, updated_at) FROM STDIN (FORMAT BINARY)",
                cancellationToken).ConfigureAwait(false);
            foreach (var s in rows.Samples)
            {
                copy.StartRow();
                copy.Write(s.Id, NpgsqlDbType.Uuid);
                copy.Write(s.Code, NpgsqlDbType.Varchar);
                WriteNullable(copy, s.DonorId);
                WriteNullable(copy, s.FoundChildId);
                WriteNullable(copy, s.Lab);
                WriteNullable(copy, s.Kit);
                copy.Write(s.Loci, NpgsqlDbType.Text);
                copy.Write(s.MarkerCount, NpgsqlDbType.Integer);
                copy.Write(s.Hash, NpgsqlDbType.Bytea);
                copy.Write(now, NpgsqlDbType.TimestampTz);
                copy.Write(now, NpgsqlDbType.TimestampTz);
            }

            await copy.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static void WriteNullable(NpgsqlBinaryImporter copy, Guid? value)
    {
        if (value is { } id)
        {
            copy.Write(id, NpgsqlDbType.Uuid);
        }
        else
        {
            copy.WriteNull();
        }
    }

    private static void WriteNullable(NpgsqlBinaryImporter copy, string? value)
    {
        if (value is not null)
        {
            copy.Write(value, NpgsqlDbType.Text);
        }
        else
        {
            copy.WriteNull();
        }
    }

    private const string NotRecorded = "not-recorded";

    private void InsertSqlite(NewRows rows, DateTime now, CancellationToken cancellationToken)
    {
        _insertReport ??= Prepared("INSERT INTO reports (id, code, created_at) VALUES (@p0, @p1, @p2)", 3);
        _insertDonor ??= Prepared($"INSERT INTO donors (id, report_id, role, sex, consent_scopes, guardian_status) VALUES (@p0, @p1, @p2, @p3, '', '{NotRecorded}')", 4);
        _insertChild ??= Prepared("INSERT INTO found_children (id, code, sex) VALUES (@p0, @p1, @p2)", 3);
        _insertSample ??= Prepared(
            "INSERT INTO samples (id, code, donor_id, found_child_id, lab, kit, loci, marker_count, content_hash, created_at, updated_at) " +
            "VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p9)", 10);
        foreach (var r in rows.Reports)
        {
            Run(_insertReport, cancellationToken, SqliteGuid(r.Id), r.Code, now);
        }

        foreach (var d in rows.Donors)
        {
            Run(_insertDonor, cancellationToken, SqliteGuid(d.Id), SqliteGuid(d.ReportId), d.Role, d.Sex);
        }

        foreach (var c in rows.FoundChildren)
        {
            Run(_insertChild, cancellationToken, SqliteGuid(c.Id), c.Code, c.Sex);
        }

        foreach (var s in rows.Samples)
        {
            Run(_insertSample, cancellationToken, SqliteGuid(s.Id), s.Code, SqliteGuid(s.DonorId), SqliteGuid(s.FoundChildId), s.Lab, s.Kit, s.Loci, s.MarkerCount, s.Hash, now);
        }
    }

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
    internal static object SqliteGuid(Guid? id) => id is { } value ? value.ToString("D").ToUpperInvariant() : DBNull.Value;

    private DbCommand Prepared(string sql, int parameters)
    {
        var command = Command(sql);
        for (var i = 0; i < parameters; i++)
        {
            var p = command.CreateParameter();
            p.ParameterName = $"@p{i}";
            command.Parameters.Add(p);
        }

        command.Prepare();
        return command;
    }

    /// <summary>Microsoft.Data.Sqlite is synchronous underneath; the async call only adds a task per row.</summary>
    private static void Run(DbCommand command, CancellationToken cancellationToken, params object?[] values)
    {
        cancellationToken.ThrowIfCancellationRequested();
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        command.ExecuteNonQuery();
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

    public async ValueTask DisposeCommandsAsync()
    {
        foreach (var command in new[] { _insertReport, _insertDonor, _insertChild, _insertSample })
        {
            if (command is not null)
            {
                await command.DisposeAsync().ConfigureAwait(false);
            }
        }
    }
}
