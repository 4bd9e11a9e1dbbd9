namespace Homeward.Registry.Reporting;

/// <summary>Who a match report is written for (DESIGN.md §1); each sees what their work needs (<see cref="AudiencePolicy"/>).</summary>
public enum ReportAudience
{
    /// <summary>A DNA lab analyst: genotypes and kinship statistics under sample codes, no names or descriptions.</summary>
    LabAnalyst = 1,

    /// <summary>A police investigator of the task force: the case, names and statistics, no genotypes.</summary>
    Investigator,

    /// <summary>A caseworker of the institution or NGO: the case, names and statistics, no genotypes.</summary>
    Caseworker,

    /// <summary>A volunteer: minimal public data (ids, sexes, provinces and years), no names, genotypes, statistics or pedigree.</summary>
    Volunteer,
}
