using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Homeward.Data.Imports;

/// <summary>
/// SQLite's bulk path: prepared positional <c>INSERT</c>s (<see cref="SqliteRowInserter"/>), kept for
/// the whole import (SQLite is in-process, so there is no wire protocol to save; the cost is the
/// client's per-statement work).
/// </summary>
internal sealed class SqliteProfileRowWriter(SqliteConnection connection, DbTransaction transaction) : IProfileRowWriter
{
    private readonly SqliteRowInserter _reports = new(connection, "reports", ["id", "code", "created_at"], []);
    private readonly SqliteRowInserter _donors = new(connection, "donors", ["id", "report_id", "role", "sex"], [("consent_scopes", "''"), ("guardian_status", $"'{ProfileStore.NotRecorded}'")]);
    private readonly SqliteRowInserter _children = new(connection, "found_children", ["id", "code", "sex"], []);
    private readonly SqliteRowInserter _samples = new(
        connection, "samples", ["id", "code", "donor_id", "found_child_id", "lab", "kit", "loci", "marker_count", "content_hash", "created_at", "updated_at"], []);

    private DateTime _now;
    private string? _nowText;

    public Task WriteAsync(NewRows rows, DateTime now, CancellationToken cancellationToken)
    {
        var time = Timestamp(now);
        foreach (var r in rows.Reports)
        {
            _reports.Guid(r.Id).Text(r.Code).Text(time).Insert();
        }

        cancellationToken.ThrowIfCancellationRequested();
        foreach (var d in rows.Donors)
        {
            _donors.Guid(d.Id).Guid(d.ReportId).Text(d.Role).Text(d.Sex).Insert();
        }

        foreach (var c in rows.FoundChildren)
        {
            _children.Guid(c.Id).Text(c.Code).Text(c.Sex).Insert();
        }

        cancellationToken.ThrowIfCancellationRequested();
        foreach (var s in rows.Samples)
        {
            _samples.Guid(s.Id).Text(s.Code).Guid(s.DonorId).Guid(s.FoundChildId).Text(s.Lab).Text(s.Kit).Text(s.Loci)
                .Integer(s.MarkerCount).Blob(s.Hash).Text(time).Text(time).Insert();
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// A time as Microsoft.Data.Sqlite stores a <see cref="DateTime"/> parameter (and so as EF Core
    /// reads it back): asked of SQLite once per import through a bound parameter, not re-implemented.
    /// </summary>
    private string Timestamp(DateTime now)
    {
        if (_nowText is null || now != _now)
        {
            using var command = connection.CreateCommand();
            command.Transaction = (SqliteTransaction)transaction;
            command.CommandText = "SELECT @now";
            command.Parameters.AddWithValue("@now", now);
            (_now, _nowText) = (now, (string)command.ExecuteScalar()!);
        }

        return _nowText;
    }

    public ValueTask DisposeAsync()
    {
        _reports.Dispose();
        _donors.Dispose();
        _children.Dispose();
        _samples.Dispose();
        return ValueTask.CompletedTask;
    }
}
