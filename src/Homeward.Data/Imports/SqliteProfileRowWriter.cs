using System.Data.Common;

namespace Homeward.Data.Imports;

/// <summary>
/// SQLite's bulk path: prepared <c>INSERT</c>s, kept for the whole import (SQLite is
/// in-process, so there is no wire protocol to save; the cost is the client's per-statement work).
/// </summary>
internal sealed class SqliteProfileRowWriter(DbConnection connection, DbTransaction transaction) : IProfileRowWriter
{
    private readonly SqliteRowInserter _reports = new(connection, transaction, "reports", ["id", "code", "created_at"], []);
    private readonly SqliteRowInserter _donors = new(connection, transaction, "donors", ["id", "report_id", "role", "sex"], [("consent_scopes", "''"), ("guardian_status", $"'{ProfileStore.NotRecorded}'")]);
    private readonly SqliteRowInserter _children = new(connection, transaction, "found_children", ["id", "code", "sex"], []);
    private readonly SqliteRowInserter _samples = new(
        connection, transaction, "samples", ["id", "code", "donor_id", "found_child_id", "lab", "kit", "loci", "marker_count", "content_hash", "created_at", "updated_at"], []);

    public Task WriteAsync(NewRows rows, DateTime now, CancellationToken cancellationToken)
    {
        foreach (var r in rows.Reports)
        {
            _reports.Insert([ProfileStore.SqliteGuid(r.Id), r.Code, now], cancellationToken);
        }

        foreach (var d in rows.Donors)
        {
            _donors.Insert([ProfileStore.SqliteGuid(d.Id), ProfileStore.SqliteGuid(d.ReportId), d.Role, d.Sex], cancellationToken);
        }

        foreach (var c in rows.FoundChildren)
        {
            _children.Insert([ProfileStore.SqliteGuid(c.Id), c.Code, c.Sex], cancellationToken);
        }

        foreach (var s in rows.Samples)
        {
            _samples.Insert([ProfileStore.SqliteGuid(s.Id), s.Code, ProfileStore.SqliteGuid(s.DonorId), ProfileStore.SqliteGuid(s.FoundChildId), s.Lab, s.Kit, s.Loci, s.MarkerCount, s.Hash, now, now], cancellationToken);
        }

        return Task.CompletedTask;
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
