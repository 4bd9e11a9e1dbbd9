using System.Text.Json;
using Homeward.Data.Audit;
using Homeward.Data.Entities;
using Homeward.Data.Profiles;
using Homeward.Kinship;
using Homeward.Registry.Cases;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Data.Registry;

/// <summary>
/// Writes new cases (reports with their relatives, found children, operations, samples with their
/// profiles and chain of custody) and consent changes into the caller's transaction, each with its
/// audit entries. Codes already taken and references to unknown cases are input errors.
/// </summary>
internal static class CaseWriter
{
    public static async Task<IReadOnlyList<InputError>> AddReportAsync(RegistryTransaction tx, MissingChildReport report, IReadOnlyList<Donor> donors, string actor, CancellationToken cancellationToken)
    {
        var errors = new List<InputError>();
        if (await tx.Db.Reports.AnyAsync(r => r.Code == report.Id, cancellationToken).ConfigureAwait(false))
        {
            errors.Add(new InputError($"report {report.Id}", "a report with this id is already registered"));
        }

        var codes = donors.Select(d => d.Id).ToArray();
        foreach (var taken in await tx.Db.Donors.Where(d => d.Code != null && codes.Contains(d.Code)).Select(d => d.Code).ToListAsync(cancellationToken).ConfigureAwait(false))
        {
            errors.Add(new InputError($"donor {taken}", "a relative with this id is already registered"));
        }

        foreach (var donor in donors)
        {
            if (!string.Equals(donor.ReportId, report.Id, StringComparison.Ordinal))
            {
                errors.Add(new InputError($"donor {donor.Id}.report", $"belongs to {donor.ReportId}, not to {report.Id}"));
            }

            if (codes.Count(c => string.Equals(c, donor.Id, StringComparison.Ordinal)) > 1)
            {
                errors.Add(new InputError($"donor {donor.Id}", "given twice"));
            }
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        var person = CaseRows.NewPerson(report);
        var row = CaseRows.NewReport(report, person, Now(tx));
        tx.Db.Persons.Add(person);
        tx.Db.Reports.Add(row);
        tx.Audit.Add(new AuditRecord(actor, "create", "report", report.Id, JsonSerializer.Serialize(new { donors = donors.Count })));
        foreach (var donor in donors)
        {
            var donorPerson = CaseRows.NewPerson(donor);
            if (donorPerson is not null)
            {
                tx.Db.Persons.Add(donorPerson);
            }

            tx.Db.Donors.Add(CaseRows.NewDonor(donor, row.Id, donorPerson));
            tx.Audit.Add(DonorRecord(actor, "create", donor));
        }

        await tx.Db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return [];
    }

    public static async Task<IReadOnlyList<InputError>> AddFoundChildAsync(RegistryTransaction tx, FoundChild child, string actor, CancellationToken cancellationToken)
    {
        var place = $"found child {child.Id}";
        if (await tx.Db.FoundChildren.AnyAsync(c => c.Code == child.Id, cancellationToken).ConfigureAwait(false))
        {
            return [new InputError(place, "a found child with this id is already registered")];
        }

        Guid? operationId = null;
        if (child.OperationId is { } operationCode)
        {
            operationId = await tx.Db.Operations.Where(o => o.Code == operationCode).Select(o => (Guid?)o.Id).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            if (operationId is null)
            {
                return [new InputError($"{place}.operation", $"no operation {operationCode} is registered")];
            }
        }

        var person = CaseRows.NewPerson(child);
        tx.Db.Persons.Add(person);
        tx.Db.FoundChildren.Add(CaseRows.NewFoundChild(child, operationId, person));
        tx.Audit.Add(new AuditRecord(actor, "create", "found-child", child.Id, JsonSerializer.Serialize(new { operation = child.OperationId, sample = child.SampleCode })));
        await tx.Db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return [];
    }

    public static async Task<IReadOnlyList<InputError>> AddOperationAsync(RegistryTransaction tx, Operation operation, string actor, CancellationToken cancellationToken)
    {
        if (await tx.Db.Operations.AnyAsync(o => o.Code == operation.Id, cancellationToken).ConfigureAwait(false))
        {
            return [new InputError($"operation {operation.Id}", "an operation with this id is already registered")];
        }

        tx.Db.Operations.Add(CaseRows.NewOperation(operation));
        tx.Audit.Add(new AuditRecord(actor, "create", "operation", operation.Id, JsonSerializer.Serialize(new { children = operation.Children.Length, arrests = operation.Arrests })));
        await tx.Db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return [];
    }

    /// <summary>
    /// Stores a sample and its profile (new, or a changed profile of a known sample). The sample code
    /// must already be a relative's or a found child's (<see cref="Donor.SampleCode"/>,
    /// <see cref="FoundChild.SampleCode"/>): the case links person and code, the sample row holds no name.
    /// Returns whose sample it is.
    /// </summary>
    public static async Task<Result<SampleOwner>> AddSampleAsync(RegistryTransaction tx, Sample sample, GeneticProfile profile, string actor, CancellationToken cancellationToken)
    {
        var place = $"sample {sample.Code}";
        if (!string.Equals(sample.Code, profile.SampleCode, StringComparison.Ordinal))
        {
            return Result<SampleOwner>.Failure($"{place}.profile", $"the profile is of sample {profile.SampleCode}");
        }

        var donor = await tx.Db.Donors.Include(d => d.Report).SingleOrDefaultAsync(d => d.SampleCode == sample.Code && d.Code != null, cancellationToken).ConfigureAwait(false);
        var child = donor is null ? await tx.Db.FoundChildren.SingleOrDefaultAsync(c => c.SampleCode == sample.Code, cancellationToken).ConfigureAwait(false) : null;
        if (donor is null && child is null)
        {
            return Result<SampleOwner>.Failure(place, "no relative or found child has this sample code; register it on the case first");
        }

        if ((donor is not null) != (sample.Subject == SampleSubject.Relative))
        {
            return Result<SampleOwner>.Failure($"{place}.subject", $"the sample is a {sample.Subject} sample but the code belongs to {(donor is not null ? "a relative" : "a found child")}");
        }

        var loci = ProfileJson.Loci(profile.Loci);
        var sex = ProfileJson.ParseSexCode(donor?.Sex ?? child!.Sex);
        var hash = ProfileJson.LineHash(sample.Code, donor?.Report!.Code, donor?.Role, sex, loci);
        var now = Now(tx);
        var row = await tx.Db.Samples.Include(s => s.Custody).SingleOrDefaultAsync(s => s.Code == sample.Code, cancellationToken).ConfigureAwait(false);
        if (row is not null && (row.DonorId != donor?.Id || row.FoundChildId != child?.Id))
        {
            return Result<SampleOwner>.Failure(place, "the code is already a sample of someone else");
        }

        var created = row is null;
        var previousHash = row?.ContentHash;
        if (row is null)
        {
            row = new SampleEntity { Id = Guid.CreateVersion7(), Code = sample.Code, DonorId = donor?.Id, FoundChildId = child?.Id, Loci = loci, ContentHash = hash, CreatedAt = now };
            tx.Db.Samples.Add(row);
        }
        else
        {
            tx.Db.CustodyEntries.RemoveRange(row.Custody);
        }

        row.Lab = sample.Lab;
        row.Kit = sample.Kit;
        row.CollectedOn = sample.CollectedOn;
        row.Loci = loci;
        row.MarkerCount = profile.Loci.Count;
        row.ContentHash = hash;
        row.UpdatedAt = now;
        for (var i = 0; i < sample.Custody.Length; i++)
        {
            var entry = sample.Custody[i];
            tx.Db.CustodyEntries.Add(new CustodyEntryEntity { Id = Guid.CreateVersion7(), SampleId = row.Id, Number = i, At = Utc.Column(entry.At), FromHolder = entry.From, ToHolder = entry.To, Note = entry.Note });
        }

        tx.Audit.Add(new AuditRecord(actor, created ? "create" : "update", "sample", sample.Code, JsonSerializer.Serialize(new
        {
            markers = profile.Loci.Count,
            custody = sample.Custody.Length,
            oldHash = previousHash is null ? null : Convert.ToHexStringLower(previousHash),
            newHash = Convert.ToHexStringLower(hash),
        })));
        await tx.Db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return donor is not null ? new SampleOwner(donor.Report!.Code, null) : new SampleOwner(null, child!.Code);
    }

    /// <summary>Records a relative's new consent (given, extended or withdrawn); returns the report to search again.</summary>
    public static async Task<Result<string>> UpdateConsentAsync(RegistryTransaction tx, string donorId, Consent consent, string actor, string? reason, CancellationToken cancellationToken)
    {
        var found = await DonorAsync(tx, donorId, cancellationToken).ConfigureAwait(false);
        if (!found.IsSuccess)
        {
            return Result<string>.Failure(found.Errors);
        }

        var (row, donor) = found.Value;
        var updated = donor.WithConsent(consent);
        var check = Donor.Create(updated.Id, updated.ReportId, updated.Role, updated.Sex, updated.Name, updated.IsMinor, updated.GuardianStatus, consent, updated.SampleCode);
        if (!check.IsSuccess)
        {
            return Result<string>.Failure(check.Errors);
        }

        CaseRows.Fill(row, check.Value);
        tx.Audit.Add(DonorRecord(actor, "update", check.Value, reason));
        await tx.Db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return row.Report!.Code;
    }

    /// <summary>Records a relative's guardian status with the reason; returns the report to search again.</summary>
    public static async Task<Result<string>> UpdateGuardianStatusAsync(RegistryTransaction tx, string donorId, GuardianStatus status, string actor, string reason, CancellationToken cancellationToken)
    {
        if (!Enum.IsDefined(status))
        {
            return Result<string>.Failure($"donor {donorId}.guardianStatus", "is not a guardian status");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return Result<string>.Failure($"donor {donorId}.reason", "a reason is required (it is recorded in the audit log)");
        }

        var found = await DonorAsync(tx, donorId, cancellationToken).ConfigureAwait(false);
        if (!found.IsSuccess)
        {
            return Result<string>.Failure(found.Errors);
        }

        var (row, donor) = found.Value;
        var previous = row.GuardianStatus;
        CaseRows.Fill(row, donor.WithGuardianStatus(status));
        tx.Audit.Add(new AuditRecord(actor, "update", "donor", donorId, JsonSerializer.Serialize(new
        {
            report = row.Report!.Code,
            role = row.Role,
            guardianStatus = row.GuardianStatus,
            previous,
            reason = reason.Trim(),
        })));
        await tx.Db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return row.Report.Code;
    }

    /// <summary>A relative's row (tracked, with its report) and the domain relative it holds, loaded with the case's guardians.</summary>
    private static async Task<Result<(DonorEntity Row, Donor Donor)>> DonorAsync(RegistryTransaction tx, string donorId, CancellationToken cancellationToken)
    {
        var row = await tx.Db.Donors.Include(d => d.Report).SingleOrDefaultAsync(d => d.Code == donorId, cancellationToken).ConfigureAwait(false);
        if (row is null)
        {
            return Result<(DonorEntity, Donor)>.Failure($"donor {donorId}", "no such relative");
        }

        var relatives = await tx.Db.Donors.AsNoTracking().Include(d => d.Person).Where(d => d.ReportId == row.ReportId && d.Code != null).ToListAsync(cancellationToken).ConfigureAwait(false);
        var donor = RegistryLoader.LoadDonors(relatives, new Dictionary<Guid, string> { [row.ReportId] = row.Report!.Code }, []).SingleOrDefault(d => d.Id == donorId);
        return donor is null
            ? Result<(DonorEntity, Donor)>.Failure($"donor {donorId}", "the stored relative cannot be loaded (see the case)")
            : (row, donor);
    }

    /// <summary>Puts a legal hold on a report or lifts it.</summary>
    public static async Task<IReadOnlyList<InputError>> SetLegalHoldAsync(RegistryTransaction tx, string reportId, bool hold, string actor, string? reason, CancellationToken cancellationToken)
    {
        var row = await tx.Db.Reports.SingleOrDefaultAsync(r => r.Code == reportId, cancellationToken).ConfigureAwait(false);
        if (row is null)
        {
            return [new InputError($"report {reportId}", "no such report")];
        }

        row.LegalHold = hold;
        tx.Audit.Add(new AuditRecord(actor, "update", "report", reportId, JsonSerializer.Serialize(new { legalHold = hold, reason })));
        await tx.Db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return [];
    }

    public static AuditRecord DonorRecord(string actor, string action, Donor donor, string? reason = null) =>
        new(actor, action, "donor", donor.Id, reason is null
            ? JsonSerializer.Serialize(new { report = donor.ReportId, role = donor.Role.Name(), consent = RegistryText.Scopes(donor.Consent.Scopes), sample = donor.SampleCode })
            : JsonSerializer.Serialize(new { report = donor.ReportId, role = donor.Role.Name(), consent = RegistryText.Scopes(donor.Consent.Scopes), sample = donor.SampleCode, guardian = donor.Consent.GuardianId, reason }));

    private static DateTime Now(RegistryTransaction tx) => tx.Clock.GetUtcNow().UtcDateTime;
}
