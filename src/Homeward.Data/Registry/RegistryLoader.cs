using Homeward.Data.Entities;
using Homeward.Registry.Cases;
using Homeward.Registry.Continuous;
using Homeward.Registry.Matching;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Data.Registry;

/// <summary>Reads the registry into domain objects (no tracking); what cannot be loaded becomes a warning.</summary>
internal static class RegistryLoader
{
    public static async Task<LoadedRegistry> LoadAsync(HomewardDbContext db, CancellationToken cancellationToken)
    {
        var warnings = new List<string>();
        var reportRows = await db.Reports.AsNoTracking().Include(r => r.MissingPerson).OrderBy(r => r.Code).ToListAsync(cancellationToken).ConfigureAwait(false);
        var reports = new List<MissingChildReport>();
        foreach (var row in reportRows)
        {
            Keep(CaseRows.ToReport(row, row.MissingPerson), reports, warnings);
        }

        var reportCodes = reportRows.ToDictionary(r => r.Id, r => r.Code);
        var donorRows = await db.Donors.AsNoTracking().Include(d => d.Person).Where(d => d.Code != null).OrderBy(d => d.Code).ToListAsync(cancellationToken).ConfigureAwait(false);
        var donors = LoadDonors(donorRows, reportCodes, warnings);

        var childRows = await db.FoundChildren.AsNoTracking().Include(c => c.Person).Include(c => c.Operation).OrderBy(c => c.Code).ToListAsync(cancellationToken).ConfigureAwait(false);
        var children = new List<FoundChild>();
        foreach (var row in childRows)
        {
            Keep(CaseRows.ToFoundChild(row, row.Operation?.Code, row.Person), children, warnings);
        }

        var codes = donors.Select(d => d.SampleCode).Concat(children.Select(c => c.SampleCode)).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var profiles = new Dictionary<string, GeneticProfile>(StringComparer.Ordinal);
        await foreach (var sample in db.Samples.AsNoTracking().Select(s => new { s.Code, s.Loci }).AsAsyncEnumerable().WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (codes.Contains(sample.Code))
            {
                profiles[sample.Code] = GeneticProfile.Create(sample.Code, RegistryJson.ParseLoci(sample.Loci)).Value;
            }
        }

        var (existing, exclusions) = await MatchesAsync(db, warnings, cancellationToken).ConfigureAwait(false);
        return new LoadedRegistry(
            new RegistrySnapshot(reports, donors, children, profiles),
            reportRows.ToDictionary(r => r.Code, r => r.Id, StringComparer.Ordinal),
            childRows.ToDictionary(c => c.Code, c => c.Id, StringComparer.Ordinal),
            existing,
            exclusions,
            reportRows.Where(r => r.LegalHold).Select(r => r.Code).ToHashSet(StringComparer.Ordinal),
            warnings);
    }

    /// <summary>The match of a row (with transitions and visits loaded), replayed.</summary>
    public static Kinship.Result<MatchCase> Replay(MatchEntity row) => MatchRows.ToDomain(row, row.Report!.Code, row.FoundChild!.Code);

    public static List<Donor> LoadDonors(List<DonorEntity> rows, Dictionary<Guid, string> reportCodes, List<string> warnings)
    {
        // Adults first: a minor's consent names a guardian among them.
        var byCode = new Dictionary<string, Donor>(StringComparer.Ordinal);
        foreach (var row in rows.OrderBy(r => r.ConsentGuardianCode is null ? 0 : 1))
        {
            var donor = CaseRows.ToDonor(row, reportCodes[row.ReportId], row.Person, byCode);
            if (donor.IsSuccess)
            {
                byCode[donor.Value.Id] = donor.Value;
            }
            else
            {
                warnings.AddRange(donor.Errors.Select(e => $"{e}; not loaded"));
            }
        }

        return [.. rows.Select(r => byCode.GetValueOrDefault(r.Code!)).OfType<Donor>()];
    }

    private static async Task<(HashSet<MatchKey> Existing, ExclusionRegistry Exclusions)> MatchesAsync(HomewardDbContext db, List<string> warnings, CancellationToken cancellationToken)
    {
        var keys = await db.Matches.AsNoTracking()
            .Select(m => new { Report = m.Report!.Code, Child = m.FoundChild!.Code })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var excludedState = RegistryText.Name(MatchState.Excluded);
        var excluded = await db.Matches.AsNoTracking().Where(m => m.State == excludedState)
            .Include(m => m.Report).Include(m => m.FoundChild).Include(m => m.Transitions).Include(m => m.FollowUps)
            .AsSplitQuery().ToListAsync(cancellationToken).ConfigureAwait(false);
        var exclusions = ExclusionRegistry.Empty;
        foreach (var row in excluded)
        {
            var match = Replay(row);
            if (match.IsSuccess)
            {
                exclusions = exclusions.Add(match.Value).Value;
            }
            else
            {
                // The pair stays out of matching all the same: existing covers it.
                warnings.AddRange(match.Errors.Select(e => $"{e}; the exclusion still holds"));
            }
        }

        return ([.. keys.Select(k => new MatchKey(k.Report, k.Child))], exclusions);
    }

    private static void Keep<T>(Kinship.Result<T> result, List<T> into, List<string> warnings)
    {
        if (result.IsSuccess)
        {
            into.Add(result.Value);
        }
        else
        {
            warnings.AddRange(result.Errors.Select(e => $"{e}; not loaded"));
        }
    }
}
