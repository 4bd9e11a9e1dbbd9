using System.Text.Json;
using Homeward.Data.Audit;
using Homeward.Data.Entities;
using Homeward.Data.Profiles;
using Homeward.Kinship;
using Homeward.Registry.Cases;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Data.Registry;

/// <summary>
/// Writes a <see cref="RegistryBatch"/> into the caller's transaction: the same rows and audit entries
/// as <see cref="CaseWriter"/> writes case by case, but checked with a few set queries up front and
/// saved at once, so thousands of cases cost seconds. Ids already registered or given twice, relatives
/// of another report, samples of no relative or found child of the batch, and operations that do not
/// exist are refused; a refused batch writes nothing.
/// </summary>
internal static class BatchWriter
{
    public static async Task<IReadOnlyList<InputError>> WriteAsync(RegistryTransaction tx, RegistryBatch batch, string actor, CancellationToken cancellationToken)
    {
        var errors = new List<InputError>();
        await CheckTakenAsync(tx.Db, batch, errors, cancellationToken).ConfigureAwait(false);
        var now = tx.Clock.GetUtcNow().UtcDateTime;
        var operations = new Dictionary<string, Guid>(StringComparer.Ordinal);
        foreach (var operation in batch.Operations)
        {
            var row = CaseRows.NewOperation(operation);
            operations[operation.Id] = row.Id;
            tx.Db.Operations.Add(row);
            tx.Audit.Add(new AuditRecord(actor, "create", "operation", operation.Id, JsonSerializer.Serialize(new { children = operation.Children.Length, arrests = operation.Arrests })));
        }

        var relatives = new Dictionary<string, (Donor Donor, DonorEntity Row)>(StringComparer.Ordinal);
        foreach (var (report, donors) in batch.Reports)
        {
            var person = CaseRows.NewPerson(report);
            var row = CaseRows.NewReport(report, person, now);
            tx.Db.Persons.Add(person);
            tx.Db.Reports.Add(row);
            tx.Audit.Add(new AuditRecord(actor, "create", "report", report.Id, JsonSerializer.Serialize(new { donors = donors.Count })));
            foreach (var donor in donors)
            {
                if (!string.Equals(donor.ReportId, report.Id, StringComparison.Ordinal))
                {
                    errors.Add(new InputError($"donor {donor.Id}.report", $"belongs to {donor.ReportId}, not to {report.Id}"));
                }

                var donorPerson = CaseRows.NewPerson(donor);
                if (donorPerson is not null)
                {
                    tx.Db.Persons.Add(donorPerson);
                }

                var donorRow = CaseRows.NewDonor(donor, row.Id, donorPerson);
                tx.Db.Donors.Add(donorRow);
                tx.Audit.Add(CaseWriter.DonorRecord(actor, "create", donor));
                if (donor.SampleCode is { } code)
                {
                    relatives[code] = (donor, donorRow);
                }
            }
        }

        var children = new Dictionary<string, (FoundChild Child, FoundChildEntity Row)>(StringComparer.Ordinal);
        var known = await KnownOperationsAsync(tx.Db, batch, operations, cancellationToken).ConfigureAwait(false);
        foreach (var child in batch.FoundChildren)
        {
            Guid? operationId = null;
            if (child.OperationId is { } code)
            {
                if (known.TryGetValue(code, out var id))
                {
                    operationId = id;
                }
                else
                {
                    errors.Add(new InputError($"found child {child.Id}.operation", $"no operation {code} is registered"));
                }
            }

            var person = CaseRows.NewPerson(child);
            var row = CaseRows.NewFoundChild(child, operationId, person);
            tx.Db.Persons.Add(person);
            tx.Db.FoundChildren.Add(row);
            tx.Audit.Add(new AuditRecord(actor, "create", "found-child", child.Id, JsonSerializer.Serialize(new { operation = child.OperationId, sample = child.SampleCode })));
            if (child.SampleCode is { } sample)
            {
                children[sample] = (child, row);
            }
        }

        foreach (var (sample, profile) in batch.Samples)
        {
            AddSample(tx, sample, profile, relatives, children, now, actor, errors);
        }

        if (errors.Count == 0)
        {
            await tx.Db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }

        return errors;
    }

    private static void AddSample(
        RegistryTransaction tx, Sample sample, GeneticProfile profile, Dictionary<string, (Donor Donor, DonorEntity Row)> relatives,
        Dictionary<string, (FoundChild Child, FoundChildEntity Row)> children, DateTime now, string actor, List<InputError> errors)
    {
        var place = $"sample {sample.Code}";
        if (!string.Equals(sample.Code, profile.SampleCode, StringComparison.Ordinal))
        {
            errors.Add(new InputError($"{place}.profile", $"the profile is of sample {profile.SampleCode}"));
            return;
        }

        var isRelative = relatives.TryGetValue(sample.Code, out var relative);
        var isChild = children.TryGetValue(sample.Code, out var child);
        if (!isRelative && !isChild)
        {
            errors.Add(new InputError(place, "no relative or found child of the batch has this sample code"));
            return;
        }

        if (isRelative != (sample.Subject == SampleSubject.Relative))
        {
            errors.Add(new InputError($"{place}.subject", $"the sample is a {sample.Subject} sample but the code belongs to {(isRelative ? "a relative" : "a found child")}"));
            return;
        }

        var loci = ProfileJson.Loci(profile.Loci);
        var hash = isRelative
            ? ProfileJson.LineHash(sample.Code, relative.Donor.ReportId, relative.Row.Role, relative.Donor.Sex, loci)
            : ProfileJson.LineHash(sample.Code, null, null, child.Child.Sex, loci);
        var row = new SampleEntity
        {
            Id = Guid.CreateVersion7(), Code = sample.Code, DonorId = isRelative ? relative.Row.Id : null, FoundChildId = isChild && !isRelative ? child.Row.Id : null,
            Lab = sample.Lab, Kit = sample.Kit, CollectedOn = sample.CollectedOn, Loci = loci, MarkerCount = profile.Loci.Count, ContentHash = hash, CreatedAt = now, UpdatedAt = now,
        };
        tx.Db.Samples.Add(row);
        for (var i = 0; i < sample.Custody.Length; i++)
        {
            var entry = sample.Custody[i];
            tx.Db.CustodyEntries.Add(new CustodyEntryEntity { Id = Guid.CreateVersion7(), SampleId = row.Id, Number = i, At = Utc.Column(entry.At), FromHolder = entry.From, ToHolder = entry.To, Note = entry.Note });
        }

        tx.Audit.Add(new AuditRecord(actor, "create", "sample", sample.Code, JsonSerializer.Serialize(new
        {
            markers = profile.Loci.Count,
            custody = sample.Custody.Length,
            oldHash = (string?)null,
            newHash = Convert.ToHexStringLower(hash),
        })));
    }

    /// <summary>Ids of the batch already registered, or given twice in it.</summary>
    private static async Task CheckTakenAsync(HomewardDbContext db, RegistryBatch batch, List<InputError> errors, CancellationToken cancellationToken)
    {
        var operations = batch.Operations.Select(o => o.Id).ToArray();
        var reports = batch.Reports.Select(r => r.Report.Id).ToArray();
        var donors = batch.Reports.SelectMany(r => r.Donors).Select(d => d.Id).ToArray();
        var children = batch.FoundChildren.Select(c => c.Id).ToArray();
        var samples = batch.Samples.Select(s => s.Sample.Code).ToArray();
        Taken("operation", "an operation", await db.Operations.Where(o => operations.Contains(o.Code)).Select(o => o.Code).ToListAsync(cancellationToken).ConfigureAwait(false), operations, errors);
        Taken("report", "a report", await db.Reports.Where(r => reports.Contains(r.Code)).Select(r => r.Code).ToListAsync(cancellationToken).ConfigureAwait(false), reports, errors);
        Taken("donor", "a relative", await db.Donors.Where(d => d.Code != null && donors.Contains(d.Code)).Select(d => d.Code!).ToListAsync(cancellationToken).ConfigureAwait(false), donors, errors);
        Taken("found child", "a found child", await db.FoundChildren.Where(c => children.Contains(c.Code)).Select(c => c.Code).ToListAsync(cancellationToken).ConfigureAwait(false), children, errors);
        Taken("sample", "a sample", await db.Samples.Where(s => samples.Contains(s.Code)).Select(s => s.Code).ToListAsync(cancellationToken).ConfigureAwait(false), samples, errors);
    }

    private static void Taken(string kind, string what, IEnumerable<string> registered, string[] given, List<InputError> errors)
    {
        foreach (var code in registered.Order(StringComparer.Ordinal))
        {
            errors.Add(new InputError($"{kind} {code}", $"{what} with this id is already registered"));
        }

        foreach (var twice in given.GroupBy(c => c, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key))
        {
            errors.Add(new InputError($"{kind} {twice}", "given twice in the batch"));
        }
    }

    /// <summary>The operations found children may name: the batch's and those already registered.</summary>
    private static async Task<Dictionary<string, Guid>> KnownOperationsAsync(HomewardDbContext db, RegistryBatch batch, Dictionary<string, Guid> added, CancellationToken cancellationToken)
    {
        var named = batch.FoundChildren.Select(c => c.OperationId).OfType<string>().Where(c => !added.ContainsKey(c)).Distinct(StringComparer.Ordinal).ToArray();
        var known = new Dictionary<string, Guid>(added, StringComparer.Ordinal);
        foreach (var row in await db.Operations.Where(o => named.Contains(o.Code)).Select(o => new { o.Code, o.Id }).ToListAsync(cancellationToken).ConfigureAwait(false))
        {
            known[row.Code] = row.Id;
        }

        return known;
    }
}
