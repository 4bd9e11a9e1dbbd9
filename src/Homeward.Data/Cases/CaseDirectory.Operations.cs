using System.Text.Json;
using Homeward.Data.Audit;
using Homeward.Data.Entities;
using Homeward.Data.Registry;
using Homeward.Kinship;
using Homeward.Registry.Matching;
using Homeward.Registry.Places;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Data.Cases;

/// <summary>
/// Police operations and the children they rescued (a found child carries its operation). The list and a
/// read are audited like the other case reads: the list records the operation codes it showed, the read the
/// codes of the children it showed; counts for the dashboard identify no one and are not.
/// </summary>
public sealed partial class CaseDirectory
{
    private static readonly string ExcludedState = RegistryText.Name(MatchState.Excluded);
    private static readonly string ReunitedState = RegistryText.Name(MatchState.Reunited);
    private static readonly string FollowUpsState = RegistryText.Name(MatchState.FollowUpsDue);

    /// <summary>Operations, newest first, each with how many children it rescued and what became of them.</summary>
    public async Task<CasePage<OperationSummary>> ListOperationsAsync(int page, int pageSize, string actor, CancellationToken cancellationToken = default)
    {
        (page, pageSize) = Clamp(page, pageSize);
        await using var tx = await RegistryTransaction.BeginAsync(settings, time, write: false, readAudit, cancellationToken).ConfigureAwait(false);
        var db = tx.Db;
        var total = await db.Operations.CountAsync(cancellationToken).ConfigureAwait(false);
        string excluded = ExcludedState, reunited = ReunitedState, followUps = FollowUpsState;
        var rows = await db.Operations.AsNoTracking()
            .OrderBy(o => o.StartedOn == null).ThenByDescending(o => o.StartedOn).ThenBy(o => o.Code) // undated last on both providers
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(o => new
            {
                o.Code,
                o.Name,
                o.StartedOn,
                o.Provinces,
                o.Arrests,
                Children = db.FoundChildren.Count(c => c.OperationId == o.Id),
                Typed = db.FoundChildren.Count(c => c.OperationId == o.Id && c.Samples.Any()),
                Matched = db.FoundChildren.Count(c => c.OperationId == o.Id && db.Matches.Any(m => m.FoundChildId == c.Id && m.State != excluded)),
                Reunited = db.FoundChildren.Count(c => c.OperationId == o.Id
                    && db.Matches.Any(m => m.FoundChildId == c.Id && (m.State == reunited || m.State == followUps))),
            })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        tx.Audit.Add(new AuditRecord(actor, "search", "operation", "-", JsonSerializer.Serialize(new { total, codes = rows.Select(r => r.Code) })));
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new CasePage<OperationSummary>(
            [.. rows.Select(r => new OperationSummary(r.Code, r.Name, r.StartedOn, SplitProvinces(r.Provinces), r.Arrests, r.Children, r.Typed, r.Matched, r.Reunited))],
            total,
            page,
            pageSize);
    }

    /// <summary>An operation with one page of its rescued children (by code), or null; audited with the codes shown.</summary>
    public Task<OperationDetail?> ReadOperationAsync(string code, int page, int pageSize, string actor, CancellationToken cancellationToken = default) =>
        ReadOperationAsync(code, Clamp(page, pageSize), actor, cancellationToken);

    /// <summary>An operation's facts without its children (for its edit form), or null; audited.</summary>
    public Task<OperationDetail?> ReadOperationFactsAsync(string code, string actor, CancellationToken cancellationToken = default) =>
        ReadOperationAsync(code, null, actor, cancellationToken);

    /// <summary>Stores a new operation; a failure per invalid field, or on <c>Code</c> when the code is taken.</summary>
    public Task<Result<string>> CreateOperationAsync(OperationInput input, string actor, CancellationToken cancellationToken = default) =>
        SaveOperationAsync(null, input, actor, cancellationToken);

    /// <summary>Changes the operation <paramref name="code"/> (its code and its children stay); a failure when invalid or missing.</summary>
    public Task<Result<string>> UpdateOperationAsync(string code, OperationInput input, string actor, CancellationToken cancellationToken = default) =>
        SaveOperationAsync(code, input, actor, cancellationToken);

    /// <summary>Every operation's code, in order (for choosing a found child's operation; codes identify no one).</summary>
    public async Task<IReadOnlyList<string>> OperationCodesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = HomewardDatabase.CreateContext(settings);
        return await db.Operations.AsNoTracking().OrderBy(o => o.Code).Select(o => o.Code).ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Per operation, its children still in care (no reunited match) without a typed sample; operations with none are left out.</summary>
    public async Task<IReadOnlyList<OperationWithoutDna>> InCareWithoutDnaAsync(CancellationToken cancellationToken = default)
    {
        await using var db = HomewardDatabase.CreateContext(settings);
        string reunited = ReunitedState, followUps = FollowUpsState;
        var rows = await db.Operations.AsNoTracking().OrderBy(o => o.Code)
            .Select(o => new OperationWithoutDna(o.Code, db.FoundChildren.Count(c => c.OperationId == o.Id
                && !c.Samples.Any()
                && !db.Matches.Any(m => m.FoundChildId == c.Id && (m.State == reunited || m.State == followUps)))))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. rows.Where(r => r.Children > 0)];
    }

    private async Task<OperationDetail?> ReadOperationAsync(string code, (int Page, int PageSize)? children, string actor, CancellationToken cancellationToken)
    {
        await using var tx = await RegistryTransaction.BeginAsync(settings, time, write: false, readAudit, cancellationToken).ConfigureAwait(false);
        var db = tx.Db;
        var operation = await db.Operations.AsNoTracking().SingleOrDefaultAsync(o => o.Code == code, cancellationToken).ConfigureAwait(false);
        var rescued = operation is null || children is not { } c
            ? new CasePage<RescuedChild>([], 0, 1, 1)
            : await RescuedChildrenAsync(db, operation.Id, c.Page, c.PageSize, cancellationToken).ConfigureAwait(false);
        var details = JsonSerializer.Serialize(new { found = operation is not null, total = rescued.Total, codes = rescued.Items.Select(r => r.Code) });
        tx.Audit.Add(new AuditRecord(actor, "read", "operation", code, details));
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return operation is null
            ? null
            : new OperationDetail(
                operation.Code, operation.Name, operation.StartedOn, SplitProvinces(operation.Provinces), operation.Arrests,
                RegistryJson.ParseStrings(operation.Rings), rescued);
    }

    private static async Task<CasePage<RescuedChild>> RescuedChildrenAsync(HomewardDbContext db, Guid operationId, int page, int pageSize, CancellationToken cancellationToken)
    {
        var query = db.FoundChildren.AsNoTracking().Where(c => c.OperationId == operationId);
        var total = await query.CountAsync(cancellationToken).ConfigureAwait(false);
        var rows = await query.OrderBy(c => c.Code).Skip((page - 1) * pageSize).Take(pageSize)
            .Select(c => new { c.Id, c.Code, c.Sex, c.AgeMinYears, c.AgeMaxYears, c.FoundOn, c.FoundProvince, c.FoundLocality, c.Institution, Typed = c.Samples.Any() })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var ids = rows.Select(r => r.Id).ToArray();
        var excluded = ExcludedState;
        var matches = await db.Matches.AsNoTracking().Where(m => ids.Contains(m.FoundChildId) && m.State != excluded)
            .Select(m => new { m.FoundChildId, m.Code, m.State, m.Posterior })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var best = matches.GroupBy(m => m.FoundChildId)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(m => m.Posterior).ThenBy(m => m.Code, StringComparer.Ordinal).First());
        return new CasePage<RescuedChild>(
            [.. rows.Select(r => new RescuedChild(
                r.Code, r.Sex, r.AgeMinYears, r.AgeMaxYears, r.FoundOn, PlaceText(r.FoundProvince, r.FoundLocality), r.Institution, r.Typed,
                best.TryGetValue(r.Id, out var m) ? new BestMatch(m.Code, m.State, m.Posterior) : null))],
            total,
            page,
            pageSize);
    }

    private Task<Result<string>> SaveOperationAsync(string? existing, OperationInput input, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var operation = existing is null ? input : input with { Code = existing };
        return SaveAsync(
            existing,
            operation.Code,
            today => CaseValidation.Check(operation, today),
            db => db.Operations.SingleOrDefaultAsync(o => o.Code == operation.Code, cancellationToken),
            (db, _) => db.Operations.Add(new OperationEntity { Id = Guid.CreateVersion7(), Code = operation.Code }).Entity,
            (_, entity) =>
            {
                // Stored as the registry stores an imported operation (CaseRows.NewOperation): short Chinese names.
                var provinces = operation.Provinces.Select(Provinces.Find).OfType<Province>().Select(p => p.Name).Distinct(StringComparer.Ordinal).ToArray();
                entity.Name = EmptyToNull(operation.Name);
                entity.StartedOn = operation.StartedOn;
                entity.Provinces = string.Join(',', provinces);
                entity.Place = provinces.FirstOrDefault();
                entity.Arrests = operation.Arrests;
                entity.Rings = RegistryJson.Strings(operation.Rings.Select(r => r.Trim()).Distinct(StringComparer.Ordinal));
            },
            "operation",
            actor,
            cancellationToken);
    }

    /// <summary>The id of the operation <paramref name="code"/>, or null when there is none.</summary>
    private async Task<Guid?> OperationIdAsync(string code, CancellationToken cancellationToken)
    {
        await using var db = HomewardDatabase.CreateContext(settings);
        return await db.Operations.Where(o => o.Code == code).Select(o => (Guid?)o.Id).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
    }

    private static IEnumerable<InputError> UnknownOperation(string? code, Guid? id) =>
        code is not null && id is null ? [new InputError("Operation", $"there is no operation with the code {code}")] : [];

    private static string[] SplitProvinces(string? provinces) =>
        (provinces ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string? PlaceText(string? province, string? locality) =>
        EmptyToNull(string.Join(' ', new[] { province, locality }.Where(p => !string.IsNullOrWhiteSpace(p))));
}
