using Npgsql;
using NpgsqlTypes;

namespace Homeward.Data.Imports;

/// <summary>PostgreSQL's bulk path: one binary <c>COPY</c> per table and batch.</summary>
internal sealed class PostgresProfileRowWriter(NpgsqlConnection connection) : IProfileRowWriter
{
    public async Task WriteAsync(NewRows rows, DateTime now, CancellationToken cancellationToken)
    {
        await CopyAsync("COPY reports (id, code, created_at) FROM STDIN (FORMAT BINARY)", rows.Reports, (copy, r) =>
            {
                copy.Write(r.Id, NpgsqlDbType.Uuid);
                copy.Write(r.Code, NpgsqlDbType.Varchar);
                copy.Write(now, NpgsqlDbType.TimestampTz);
            },
            cancellationToken).ConfigureAwait(false);

        await CopyAsync("COPY donors (id, report_id, role, sex, consent_scopes, guardian_status) FROM STDIN (FORMAT BINARY)", rows.Donors, (copy, d) =>
            {
                copy.Write(d.Id, NpgsqlDbType.Uuid);
                copy.Write(d.ReportId, NpgsqlDbType.Uuid);
                copy.Write(d.Role, NpgsqlDbType.Varchar);
                copy.Write(d.Sex, NpgsqlDbType.Varchar);
                copy.Write(string.Empty, NpgsqlDbType.Varchar);
                copy.Write(ProfileStore.NotRecorded, NpgsqlDbType.Varchar);
            },
            cancellationToken).ConfigureAwait(false);

        await CopyAsync("COPY found_children (id, code, sex) FROM STDIN (FORMAT BINARY)", rows.FoundChildren, (copy, c) =>
            {
                copy.Write(c.Id, NpgsqlDbType.Uuid);
                copy.Write(c.Code, NpgsqlDbType.Varchar);
                copy.Write(c.Sex, NpgsqlDbType.Varchar);
            },
            cancellationToken).ConfigureAwait(false);

        await CopyAsync("COPY samples (id, code, donor_id, found_child_id, lab, kit, loci, marker_count, content_hash, created_at, updated_at) FROM STDIN (FORMAT BINARY)", rows.Samples, (copy, s) =>
            {
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
            },
            cancellationToken).ConfigureAwait(false);
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

    private async Task CopyAsync<T>(string sql, List<T> rows, Action<NpgsqlBinaryImporter, T> write, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }

        await using var copy = await connection.BeginBinaryImportAsync(sql, cancellationToken).ConfigureAwait(false);
        foreach (var row in rows)
        {
            copy.StartRow();
            write(copy, row);
        }

        await copy.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
