using System.Text.Json;
using System.Text.RegularExpressions;
using Homeward.Data.Audit;
using Homeward.Data.Entities;
using Homeward.Kinship;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Homeward.Data.Frequencies;

/// <summary>
/// The allele frequency tables of the registry: uploaded as CSV (validated by
/// <see cref="FrequencyTableReader"/>, every bad line reported with its place), stored whole, and one of
/// them put in force for the matcher. Uploads and changes of the table in force are audited in the same
/// transaction. The host builds the registry store's <see cref="KinshipSettings"/> from the table in force.
/// </summary>
public sealed partial class FrequencyTableStore(DatabaseSettings settings, TimeProvider time)
{
    /// <summary>The largest table accepted, in characters (the largest shipped table is about 20 kB).</summary>
    public const int MaxCsvLength = 2_000_000;

    /// <summary>Every stored table, the one in force first, then by name.</summary>
    public async Task<IReadOnlyList<FrequencyTableInfo>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = HomewardDatabase.CreateContext(settings);
        var rows = await db.FrequencyTables.AsNoTracking().OrderByDescending(t => t.InForce).ThenBy(t => t.Name).ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(Info)];
    }

    /// <summary>The table <paramref name="name"/> with its frequencies, or null.</summary>
    public async Task<StoredFrequencyTable?> ReadAsync(string name, CancellationToken cancellationToken = default)
    {
        await using var db = HomewardDatabase.CreateContext(settings);
        var row = await db.FrequencyTables.AsNoTracking().SingleOrDefaultAsync(t => t.Name == name, cancellationToken).ConfigureAwait(false);
        return row is null ? null : Parse(row);
    }

    /// <summary>The table in force, or null when none was put in force (the host's own settings then apply).</summary>
    public async Task<StoredFrequencyTable?> InForceAsync(CancellationToken cancellationToken = default)
    {
        await using var db = HomewardDatabase.CreateContext(settings);
        var row = await db.FrequencyTables.AsNoTracking().SingleOrDefaultAsync(t => t.InForce, cancellationToken).ConfigureAwait(false);
        return row is null ? null : Parse(row);
    }

    /// <summary>Validates and stores a table (not in force yet); every error with its place: a form field, or the file and line.</summary>
    public async Task<Result<FrequencyTableInfo>> AddAsync(FrequencyTableUpload upload, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(upload);
        var errors = new List<InputError>();
        var name = upload.Name?.Trim() ?? string.Empty;
        var citation = upload.Citation?.Trim() ?? string.Empty;
        if (name.Length is 0 or > 100 || !NamePattern().IsMatch(name))
        {
            errors.Add(new InputError("Name", "a name of 1 to 100 letters, digits, '.', '-' or '_' is required"));
        }

        if (citation.Length is 0 or > 1000)
        {
            errors.Add(new InputError("Citation", "the published source of the frequencies is required (at most 1000 characters)"));
        }

        if (upload.SampleSize is <= 0)
        {
            errors.Add(new InputError("SampleSize", "the sample size, when given, is a positive number of individuals"));
        }

        FrequencyTable? table = null;
        if (upload.Csv.Length > MaxCsvLength)
        {
            errors.Add(new InputError(upload.FileName, $"the file is larger than {MaxCsvLength} characters"));
        }
        else
        {
            var read = FrequencyTableReader.ReadCsv(new StringReader(upload.Csv), upload.FileName);
            if (read.IsSuccess)
            {
                table = read.Value;
            }
            else
            {
                errors.AddRange(read.Errors);
            }
        }

        if (errors.Count > 0)
        {
            return Result<FrequencyTableInfo>.Failure(errors);
        }

        await using var db = HomewardDatabase.CreateContext(settings);
        await using var transaction = await BeginAsync(db, cancellationToken).ConfigureAwait(false);
        if (await db.FrequencyTables.AnyAsync(t => t.Name == name, cancellationToken).ConfigureAwait(false))
        {
            return Result<FrequencyTableInfo>.Failure("Name", $"a table named {name} already exists");
        }

        var now = time.GetUtcNow().UtcDateTime;
        var row = new FrequencyTableEntity
        {
            Id = Guid.CreateVersion7(),
            Name = name,
            Citation = citation,
            SampleSize = upload.SampleSize,
            Csv = upload.Csv,
            MarkerCount = table!.Markers.Length,
            AlleleCount = table.Markers.Sum(m => m.Count),
            CreatedAt = now,
            CreatedBy = actor,
        };
        db.FrequencyTables.Add(row);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await AuditAsync(db, transaction, new AuditRecord(actor, "create", "frequency-table", name, JsonSerializer.Serialize(new { markers = row.MarkerCount, alleles = row.AlleleCount, sampleSize = row.SampleSize })), now, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return Info(row);
    }

    /// <summary>Puts the table <paramref name="name"/> in force (and no other), audited with the table it replaces.</summary>
    public async Task<Result<FrequencyTableInfo>> PutInForceAsync(string name, string actor, CancellationToken cancellationToken = default)
    {
        await using var db = HomewardDatabase.CreateContext(settings);
        await using var transaction = await BeginAsync(db, cancellationToken).ConfigureAwait(false);
        var row = await db.FrequencyTables.SingleOrDefaultAsync(t => t.Name == name, cancellationToken).ConfigureAwait(false);
        if (row is null)
        {
            return Result<FrequencyTableInfo>.Failure("Name", $"there is no table named {name}");
        }

        var previous = await db.FrequencyTables.AsNoTracking().Where(t => t.InForce).Select(t => t.Name).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow().UtcDateTime;

        // One statement for every row: two administrators at once leave exactly one table in force.
        await db.FrequencyTables.ExecuteUpdateAsync(u => u.SetProperty(t => t.InForce, t => t.Name == name), cancellationToken).ConfigureAwait(false);
        row.InForce = true;
        row.ActivatedAt = now;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await AuditAsync(db, transaction, new AuditRecord(actor, "update", "frequency-table", name, JsonSerializer.Serialize(new { inForce = true, previous })), now, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return Info(row);
    }

    private static StoredFrequencyTable Parse(FrequencyTableEntity row)
    {
        // Stored only after validation: a failure here means the row was changed outside Homeward.
        var table = FrequencyTableReader.ReadCsv(new StringReader(row.Csv), row.Name);
        return table.IsSuccess
            ? new StoredFrequencyTable(Info(row), table.Value)
            : throw new InvalidOperationException($"the stored frequency table {row.Name} is no longer valid: {string.Join("; ", table.Errors)}");
    }

    private static FrequencyTableInfo Info(FrequencyTableEntity row) =>
        new(row.Name, row.Citation, row.SampleSize, row.MarkerCount, row.AlleleCount, row.InForce, row.CreatedAt, row.CreatedBy, row.ActivatedAt);

    private static async Task<IDbContextTransaction> BeginAsync(HomewardDbContext db, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
    }

    private Task AuditAsync(HomewardDbContext db, IDbContextTransaction transaction, AuditRecord record, DateTime now, CancellationToken cancellationToken) =>
        AuditWriter.AppendAsync(db.Database.GetDbConnection(), transaction.GetDbTransaction(), settings.Provider, [record], now, cancellationToken);

    [GeneratedRegex("^[A-Za-z0-9._-]+$")]
    private static partial Regex NamePattern();
}
