namespace Homeward.Registry.Reporting;

/// <summary>What one audience may see in a match report.</summary>
/// <param name="Audience">The audience.</param>
/// <param name="Title">The audience in words.</param>
/// <param name="Names">Names of the child, the aliases and the relatives.</param>
/// <param name="Details">Descriptions, localities, institutions, placements and exact dates.</param>
/// <param name="Statistics">The DNA LR, the per-marker LRs, the descriptive factors and the posterior.</param>
/// <param name="Genotypes">The typed alleles of every person, per marker.</param>
/// <param name="Pedigree">The pedigree of the hypothesis.</param>
public sealed record AudiencePolicy(ReportAudience Audience, string Title, bool Names, bool Details, bool Statistics, bool Genotypes, bool Pedigree)
{
    private static readonly (ReportAudience Audience, string Name)[] Spellings =
    [
        (ReportAudience.LabAnalyst, "analyst"), (ReportAudience.Investigator, "investigator"), (ReportAudience.Caseworker, "caseworker"), (ReportAudience.Volunteer, "volunteer"),
    ];

    /// <summary>
    /// The rules: genotypes only for lab analysts, who work under sample codes and see no names (the
    /// identification index is kept apart from names); investigators and caseworkers see the case and
    /// the statistics but no genotypes; volunteers see ids, sexes, provinces and years only.
    /// </summary>
    public static AudiencePolicy For(ReportAudience audience) => audience switch
    {
        ReportAudience.LabAnalyst => new(audience, "DNA lab analyst", Names: false, Details: false, Statistics: true, Genotypes: true, Pedigree: true),
        ReportAudience.Investigator => new(audience, "police investigator", Names: true, Details: true, Statistics: true, Genotypes: false, Pedigree: true),
        ReportAudience.Caseworker => new(audience, "caseworker", Names: true, Details: true, Statistics: true, Genotypes: false, Pedigree: true),
        ReportAudience.Volunteer => new(audience, "volunteer", Names: false, Details: false, Statistics: false, Genotypes: false, Pedigree: false),
        _ => throw new ArgumentOutOfRangeException(nameof(audience), audience, "unknown audience"),
    };

    /// <summary>The names the command line uses: analyst, investigator, caseworker, volunteer.</summary>
    public static IReadOnlyList<string> AudienceNames { get; } = [.. Spellings.Select(n => n.Name)];

    /// <summary>Parses an audience name (case-insensitive).</summary>
    public static bool TryParse(string? name, out ReportAudience audience)
    {
        foreach (var (a, n) in Spellings)
        {
            if (string.Equals(n, name?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                audience = a;
                return true;
            }
        }

        audience = default;
        return false;
    }
}
