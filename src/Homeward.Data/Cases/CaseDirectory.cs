using System.Globalization;
using System.Text.Json;
using Homeward.Data.Audit;
using Homeward.Data.Entities;
using Homeward.Data.Registry;
using Homeward.Kinship;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Homeward.Data.Cases;

/// <summary>
/// What the web application reads and writes of reports and found children. Every read of a case
/// (a search result list included: the codes it showed) and every change is audited, so nothing is
/// shown or stored without the chain saying who and when: a change in its own transaction; a read in
/// its transaction too, or, given <c>readAudit</c> (a busy web host), through the group-committing
/// batcher before the read returns. Genotypes are read only when the caller says the reader may see
/// them, and the audit entry records that they were.
/// </summary>
public sealed partial class CaseDirectory(DatabaseSettings settings, TimeProvider time, AuditBatcher? readAudit = null)
{
    private const string DuplicateSuffix = "already exists";
    private const string MissingPrefix = "there is no ";

    /// <summary>Whether a failed create failed only because the code is taken (HTTP 409).</summary>
    public static bool IsDuplicate(IReadOnlyList<InputError> errors) =>
        errors is [{ Place: "Code" } e] && e.Message.EndsWith(DuplicateSuffix, StringComparison.Ordinal);

    /// <summary>Whether a failed edit failed only because there is no such case (HTTP 404).</summary>
    public static bool IsMissing(IReadOnlyList<InputError> errors) =>
        errors is [{ Place: "Code" } e] && e.Message.StartsWith(MissingPrefix, StringComparison.Ordinal);

    /// <summary>Counts for the dashboard (not audited: nothing identifies anyone).</summary>
    public async Task<DashboardCounts> CountAsync(CancellationToken cancellationToken = default)
    {
        await using var db = HomewardDatabase.CreateContext(settings);
        var reports = await db.Reports.CountAsync(cancellationToken).ConfigureAwait(false);
        var found = await db.FoundChildren.CountAsync(cancellationToken).ConfigureAwait(false);
        var samples = await db.Samples.CountAsync(cancellationToken).ConfigureAwait(false);
        var states = await db.Matches.GroupBy(m => m.State).Select(g => new { g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return new DashboardCounts(reports, found, samples, [.. states.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => KeyValuePair.Create(s.Key, s.Count))]);
    }

    /// <summary>Reports whose code, name, pinyin, place or date (yyyy-MM-dd) matches <paramref name="text"/>.</summary>
    public async Task<CasePage<ReportSummary>> SearchReportsAsync(string? text, int page, int pageSize, string actor, CancellationToken cancellationToken = default)
    {
        await using var tx = await RegistryTransaction.BeginAsync(settings, time, write: false, readAudit, cancellationToken).ConfigureAwait(false);
        var db = tx.Db;
        IQueryable<ReportEntity> query = db.Reports.AsNoTracking();
        if (Normalise(text) is { } t)
        {
            var date = ParseDate(t);
            var compact = t.Replace(" ", string.Empty, StringComparison.Ordinal);
            query = query.Where(r => r.Code.ToLower().Contains(t)
                || (r.PoliceCaseNumber != null && r.PoliceCaseNumber.ToLower().Contains(t))
                || (date != null && r.ReportedOn == date)
                || (r.MissingPerson != null && (
                    ((r.MissingPerson.FamilyName ?? "") + (r.MissingPerson.GivenName ?? "")).ToLower().Contains(compact)
                    || (r.MissingPerson.NameRomanised != null && r.MissingPerson.NameRomanised.ToLower().Replace(" ", "").Contains(compact))
                    || (r.MissingPerson.BirthPlace != null && r.MissingPerson.BirthPlace.ToLower().Contains(t))
                    || (r.MissingPerson.LastSeenPlace != null && r.MissingPerson.LastSeenPlace.ToLower().Contains(t))
                    || (date != null && (r.MissingPerson.LastSeenOn == date || r.MissingPerson.BirthDate == date)))));
        }

        (page, pageSize) = Clamp(page, pageSize);
        var total = await query.CountAsync(cancellationToken).ConfigureAwait(false);
        var rows = await query.OrderBy(r => r.Code).Skip((page - 1) * pageSize).Take(pageSize)
            .Select(r => new ReportSummary(
                r.Code,
                r.MissingPerson == null ? null : (r.MissingPerson.FamilyName ?? "") + (r.MissingPerson.GivenName ?? ""),
                r.MissingPerson == null ? null : r.MissingPerson.NameRomanised,
                r.ReportedOn,
                r.MissingPerson == null ? null : r.MissingPerson.LastSeenOn,
                r.MissingPerson == null ? null : r.MissingPerson.LastSeenPlace,
                r.Donors.Count))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        tx.Audit.Add(new AuditRecord(actor, "search", "report", "-", JsonSerializer.Serialize(new { total, codes = rows.Select(r => r.Code) })));
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new CasePage<ReportSummary>([.. rows.Select(r => r with { Name = EmptyToNull(r.Name) })], total, page, pageSize);
    }

    /// <summary>Found children whose code, name, pinyin, institution, place or date matches <paramref name="text"/>.</summary>
    public async Task<CasePage<FoundChildSummary>> SearchFoundChildrenAsync(string? text, int page, int pageSize, string actor, CancellationToken cancellationToken = default)
    {
        await using var tx = await RegistryTransaction.BeginAsync(settings, time, write: false, readAudit, cancellationToken).ConfigureAwait(false);
        var db = tx.Db;
        IQueryable<FoundChildEntity> query = db.FoundChildren.AsNoTracking();
        if (Normalise(text) is { } t)
        {
            var date = ParseDate(t);
            var compact = t.Replace(" ", string.Empty, StringComparison.Ordinal);
            query = query.Where(c => c.Code.ToLower().Contains(t)
                || (c.Institution != null && c.Institution.ToLower().Contains(t))
                || (date != null && c.FoundOn == date)
                || (c.Person != null && (
                    ((c.Person.FamilyName ?? "") + (c.Person.GivenName ?? "")).ToLower().Contains(compact)
                    || (c.Person.NameRomanised != null && c.Person.NameRomanised.ToLower().Replace(" ", "").Contains(compact))
                    || (c.Person.BirthPlace != null && c.Person.BirthPlace.ToLower().Contains(t))
                    || (c.Person.LastSeenPlace != null && c.Person.LastSeenPlace.ToLower().Contains(t))
                    || (date != null && c.Person.BirthDate == date))));
        }

        (page, pageSize) = Clamp(page, pageSize);
        var total = await query.CountAsync(cancellationToken).ConfigureAwait(false);
        var rows = await query.OrderBy(c => c.Code).Skip((page - 1) * pageSize).Take(pageSize)
            .Select(c => new FoundChildSummary(
                c.Code,
                c.Person == null ? null : (c.Person.FamilyName ?? "") + (c.Person.GivenName ?? ""),
                c.Person == null ? null : c.Person.NameRomanised,
                c.Sex,
                c.FoundOn,
                c.EstimatedBirthYear,
                c.Institution))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        tx.Audit.Add(new AuditRecord(actor, "search", "found-child", "-", JsonSerializer.Serialize(new { total, codes = rows.Select(r => r.Code) })));
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new CasePage<FoundChildSummary>([.. rows.Select(r => r with { Name = EmptyToNull(r.Name) })], total, page, pageSize);
    }

    /// <summary>A report, or null; genotypes only when <paramref name="withGenotypes"/>. The read is audited either way.</summary>
    public async Task<ReportDetail?> ReadReportAsync(string code, bool withGenotypes, string actor, CancellationToken cancellationToken = default)
    {
        await using var tx = await RegistryTransaction.BeginAsync(settings, time, write: false, readAudit, cancellationToken).ConfigureAwait(false);
        var db = tx.Db;
        var report = await db.Reports.AsNoTracking().AsSplitQuery()
            .Include(r => r.MissingPerson)
            .Include(r => r.Donors).ThenInclude(d => d.Samples)
            .SingleOrDefaultAsync(r => r.Code == code, cancellationToken).ConfigureAwait(false);
        tx.Audit.Add(ReadRecord(actor, "report", code, report is not null, withGenotypes));
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return report is null
            ? null
            : new ReportDetail(
                report.Code,
                report.PoliceCaseNumber,
                report.ReportedOn,
                Details(report.MissingPerson),
                [.. report.Donors.OrderBy(d => d.Role, StringComparer.Ordinal).Select(d => new ReportDonor(d.Role, d.Sex, d.ConsentScopes, Samples(d.Samples, withGenotypes)))]);
    }

    /// <summary>A found child, or null; genotypes only when <paramref name="withGenotypes"/>. The read is audited either way.</summary>
    public async Task<FoundChildDetail?> ReadFoundChildAsync(string code, bool withGenotypes, string actor, CancellationToken cancellationToken = default)
    {
        await using var tx = await RegistryTransaction.BeginAsync(settings, time, write: false, readAudit, cancellationToken).ConfigureAwait(false);
        var db = tx.Db;
        var child = await db.FoundChildren.AsNoTracking()
            .Include(c => c.Person)
            .Include(c => c.Samples)
            .Include(c => c.Operation)
            .SingleOrDefaultAsync(c => c.Code == code, cancellationToken).ConfigureAwait(false);
        tx.Audit.Add(ReadRecord(actor, "found-child", code, child is not null, withGenotypes));
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return child is null
            ? null
            : new FoundChildDetail(child.Code, child.Sex, child.FoundOn, child.EstimatedBirthYear, child.Institution, Details(child.Person), Samples(child.Samples, withGenotypes), child.Operation?.Code);
    }

    /// <summary>Stores a new report; a failure per invalid field, or on <c>Code</c> when the code is taken.</summary>
    public Task<Result<string>> CreateReportAsync(ReportInput input, string actor, CancellationToken cancellationToken = default) =>
        SaveReportAsync(null, input, actor, cancellationToken);

    /// <summary>Changes the report <paramref name="code"/> (its code stays); a failure when invalid or missing.</summary>
    public Task<Result<string>> UpdateReportAsync(string code, ReportInput input, string actor, CancellationToken cancellationToken = default) =>
        SaveReportAsync(code, input, actor, cancellationToken);

    /// <summary>Stores a new found child; a failure per invalid field, or on <c>Code</c> when the code is taken.</summary>
    public Task<Result<string>> CreateFoundChildAsync(FoundChildInput input, string actor, CancellationToken cancellationToken = default) =>
        SaveFoundChildAsync(null, input, actor, cancellationToken);

    /// <summary>Changes the found child <paramref name="code"/> (its code stays); a failure when invalid or missing.</summary>
    public Task<Result<string>> UpdateFoundChildAsync(string code, FoundChildInput input, string actor, CancellationToken cancellationToken = default) =>
        SaveFoundChildAsync(code, input, actor, cancellationToken);

    /// <summary>The audit chain, newest first, one page.</summary>
    public async Task<CasePage<AuditEntryView>> AuditLogAsync(int page, int pageSize, CancellationToken cancellationToken = default)
    {
        (page, pageSize) = Clamp(page, pageSize);
        await using var db = HomewardDatabase.CreateContext(settings);
        var total = await db.AuditEntries.CountAsync(cancellationToken).ConfigureAwait(false);
        var rows = await db.AuditEntries.AsNoTracking().OrderByDescending(a => a.Sequence).Skip((page - 1) * pageSize).Take(pageSize)
            .Select(a => new AuditEntryView(a.Sequence, a.Timestamp, a.Actor, a.Action, a.EntityType, a.EntityId, a.Details))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return new CasePage<AuditEntryView>(rows, total, page, pageSize);
    }

    private Task<Result<string>> SaveReportAsync(string? existing, ReportInput input, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var report = existing is null ? input : input with { Code = existing };
        return SaveAsync(
            existing,
            report.Code,
            today => CaseValidation.Check(report, today),
            db => db.Reports.Include(r => r.MissingPerson).SingleOrDefaultAsync(r => r.Code == report.Code, cancellationToken),
            (db, now) => db.Reports.Add(new ReportEntity { Id = Guid.NewGuid(), Code = report.Code, CreatedAt = now }).Entity,
            (db, entity) =>
            {
                entity.PoliceCaseNumber = EmptyToNull(report.PoliceCaseNumber);
                entity.ReportedOn = report.ReportedOn;
                entity.MissingPerson = Apply(entity.MissingPerson, report.Person, db);
            },
            "report",
            actor,
            cancellationToken);
    }

    private async Task<Result<string>> SaveFoundChildAsync(string? existing, FoundChildInput input, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var child = existing is null ? input : input with { Code = existing };
        var operation = EmptyToNull(child.Operation);
        var operationId = operation is null ? null : await OperationIdAsync(operation, cancellationToken).ConfigureAwait(false);
        return await SaveAsync(
            existing,
            child.Code,
            today => [.. CaseValidation.Check(child, today), .. UnknownOperation(operation, operationId)],
            db => db.FoundChildren.Include(c => c.Person).SingleOrDefaultAsync(c => c.Code == child.Code, cancellationToken),
            (db, now) => db.FoundChildren.Add(new FoundChildEntity { Id = Guid.NewGuid(), Code = child.Code, Sex = child.Sex, RegisteredAt = now }).Entity,
            (db, entity) =>
            {
                // Recorded here, or completed here when known only from an import: registered now, and its
                // query profile expected under its own code (the sample a lab's import attaches to it,
                // ProfileImporter), which is the one the matcher reads.
                entity.RegisteredAt ??= time.GetUtcNow().UtcDateTime;
                entity.SampleCode ??= entity.Code;
                entity.Sex = child.Sex;
                entity.FoundOn = child.FoundOn;
                entity.EstimatedBirthYear = child.EstimatedBirthYear;
                (entity.AgeMinYears, entity.AgeMaxYears) = AgeWhenFound(child.FoundOn, child.EstimatedBirthYear);
                entity.Institution = EmptyToNull(child.Institution);
                entity.OperationId = operationId;
                entity.Person = Apply(entity.Person, child.Person, db);
            },
            "found-child",
            actor,
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The age range the matcher reads from an estimated birth year: someone born in year Y is Y' − Y − 1 to
    /// Y' − Y years old on a day of year Y' (null when either is unknown, as for a child known only from an import).
    /// </summary>
    private static (double? Min, double? Max) AgeWhenFound(DateOnly? foundOn, int? birthYear) =>
        foundOn is { } found && birthYear is { } year && year <= found.Year
            ? (Math.Max(0, found.Year - year - 1), found.Year - year)
            : (null, null);

    /// <summary>Validates, then creates (<paramref name="existing"/> null) or updates a case and audits it, in one transaction.</summary>
    private async Task<Result<string>> SaveAsync<TEntity>(
        string? existing,
        string code,
        Func<DateOnly, List<InputError>> validate,
        Func<HomewardDbContext, Task<TEntity?>> find,
        Func<HomewardDbContext, DateTime, TEntity> create,
        Action<HomewardDbContext, TEntity> apply,
        string entityType,
        string actor,
        CancellationToken cancellationToken)
        where TEntity : class
    {
        var now = time.GetUtcNow().UtcDateTime;
        var errors = validate(DateOnly.FromDateTime(now));
        if (errors.Count > 0)
        {
            return Result<string>.Failure(errors);
        }

        await using var db = HomewardDatabase.CreateContext(settings);
        await using var transaction = await BeginAsync(db, cancellationToken).ConfigureAwait(false);
        var entity = await find(db).ConfigureAwait(false);
        if (Conflict(existing, entity is not null, code, entityType.Replace('-', ' ')) is { } conflict)
        {
            return conflict;
        }

        entity ??= create(db, now);
        apply(db, entity);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await AuditAsync(db, transaction, new AuditRecord(actor, existing is null ? "create" : "update", entityType, code, "{}"), cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return code;
    }

    /// <summary>A failure when creating a taken code, or updating a missing one.</summary>
    private static Result<string>? Conflict(string? existing, bool exists, string code, string what)
    {
        if (existing is null && exists)
        {
            var article = "aeiou".Contains(what[0], StringComparison.Ordinal) ? "an" : "a";
            return Result<string>.Failure("Code", $"{article} {what} with the code {code} {DuplicateSuffix}");
        }

        return existing is not null && !exists ? Result<string>.Failure("Code", $"{MissingPrefix}{what} with the code {code}") : (Result<string>?)null;
    }

    private static PersonEntity Apply(PersonEntity? person, PersonDetails details, HomewardDbContext db)
    {
        if (person is null)
        {
            person = new PersonEntity { Id = Guid.NewGuid() };
            db.Persons.Add(person);
        }

        person.FamilyName = EmptyToNull(details.FamilyName);
        person.GivenName = EmptyToNull(details.GivenName);
        person.NameRomanised = EmptyToNull(details.NameRomanised);
        person.BirthDate = details.BirthDate;
        person.BirthPlace = EmptyToNull(details.BirthPlace);
        person.LastSeenOn = details.LastSeenOn;
        person.LastSeenPlace = EmptyToNull(details.LastSeenPlace);
        person.Notes = EmptyToNull(details.Notes);
        return person;
    }

    private static PersonDetails Details(PersonEntity? p) => p is null
        ? new PersonDetails()
        : new PersonDetails(p.FamilyName, p.GivenName, p.NameRomanised, p.BirthDate, p.BirthPlace, p.LastSeenOn, p.LastSeenPlace, p.Notes);

    private static List<SampleView> Samples(IEnumerable<SampleEntity> samples, bool withGenotypes) =>
        [.. samples.OrderBy(s => s.Code, StringComparer.Ordinal).Select(s => new SampleView(s.Code, s.Lab, s.Kit, s.MarkerCount, withGenotypes ? s.Loci : null))];

    private static AuditRecord ReadRecord(string actor, string type, string code, bool found, bool genotypes) =>
        new(actor, "read", type, code, JsonSerializer.Serialize(new { found, genotypes }));

    private static string? Normalise(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : text.Trim().ToLowerInvariant();

    private static DateOnly? ParseDate(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static string? EmptyToNull(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static (int Page, int PageSize) Clamp(int page, int pageSize) => (Math.Max(1, page), Math.Clamp(pageSize, 1, 200));

    private static async Task<IDbContextTransaction> BeginAsync(HomewardDbContext db, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
    }

    private Task AuditAsync(HomewardDbContext db, IDbContextTransaction transaction, AuditRecord record, CancellationToken cancellationToken) =>
        AuditWriter.AppendAsync(db.Database.GetDbConnection(), transaction.GetDbTransaction(), settings.Provider, [record], time.GetUtcNow().UtcDateTime, cancellationToken);
}
