namespace Homeward.Registry.Reporting;

/// <summary>
/// A match between a missing-child report and a found child, as one audience may read it: built by
/// <see cref="MatchReportBuilder"/> from the domain objects with everything the audience may not see
/// left out (null or empty), so that a renderer cannot show it by mistake.
/// </summary>
/// <param name="MatchId">The match.</param>
/// <param name="State">The match's state in words.</param>
/// <param name="Policy">The audience and what it sees.</param>
/// <param name="Notice">A line shown at the top (e.g. that the data are simulated), or null.</param>
/// <param name="Report">The missing-child report.</param>
/// <param name="Child">The found child.</param>
/// <param name="Dna">The DNA statistics, or null when the audience does not see them.</param>
/// <param name="Evidence">The descriptive evidence and posterior, or null when the audience does not see them.</param>
/// <param name="Pedigree">The pedigree of H1, laid out, or null.</param>
public sealed record MatchReport(
    string MatchId,
    string State,
    AudiencePolicy Policy,
    string? Notice,
    ReportSide Report,
    FoundSide Child,
    DnaSection? Dna,
    EvidenceSection? Evidence,
    PedigreeLayout? Pedigree);
