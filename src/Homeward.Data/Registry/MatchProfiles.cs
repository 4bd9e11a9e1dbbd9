using System.Text.Json;
using Homeward.Data.Audit;
using Homeward.Registry.Cases;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Data.Registry;

/// <summary>Reads the profiles of a match's searched relatives and found child, with one audit entry naming the samples read.</summary>
internal static class MatchProfiles
{
    public static async Task<IReadOnlyDictionary<string, GeneticProfile>> LoadAsync(RegistryTransaction tx, MatchDetail detail, string actor, CancellationToken cancellationToken)
    {
        var codes = detail.Donors.Where(d => d.Consent.Allows(ConsentScopes.DomesticIdentification)).Select(d => d.SampleCode)
            .Append(detail.FoundChild?.SampleCode).OfType<string>().Distinct(StringComparer.Ordinal).ToArray();
        var rows = await tx.Db.Samples.AsNoTracking().Where(s => codes.Contains(s.Code)).Select(s => new { s.Code, s.Loci }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var profiles = rows.ToDictionary(r => r.Code, r => GeneticProfile.Create(r.Code, RegistryJson.ParseLoci(r.Loci)).Value, StringComparer.Ordinal);
        tx.Audit.Add(new AuditRecord(actor, "read", "samples", detail.Match.Id, JsonSerializer.Serialize(new { samples = profiles.Keys.Order(StringComparer.Ordinal).ToArray() })));
        return profiles;
    }
}
