using Homeward.Registry.Evidence;

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

/// <summary>The missing-child side of a match report.</summary>
/// <param name="Id">The report id.</param>
/// <param name="Names">The child's name and aliases, when the audience sees names.</param>
/// <param name="Sex">The child's sex in words.</param>
/// <param name="Born">The date of birth (or its year for audiences without details), or null.</param>
/// <param name="LastSeen">When the child was last seen (the year only without details).</param>
/// <param name="LastSeenPlace">Where (the province only without details).</param>
/// <param name="Description">The description, when the audience sees details.</param>
/// <param name="ReportedBy">Who reported, when the audience sees details.</param>
/// <param name="Relatives">The relatives whose DNA was searched.</param>
public sealed record ReportSide(string Id, IReadOnlyList<string> Names, string Sex, string? Born, string LastSeen, string LastSeenPlace, string? Description, string? ReportedBy, IReadOnlyList<RelativeLine> Relatives);

/// <summary>A relative who gave DNA.</summary>
/// <param name="Role">The relationship to the missing child, in words.</param>
/// <param name="Sex">The relative's sex in words.</param>
/// <param name="SampleCode">The sample code, or null for volunteers.</param>
/// <param name="Name">The name, when the audience sees names.</param>
public sealed record RelativeLine(string Role, string Sex, string? SampleCode, string? Name);

/// <summary>The found-child side of a match report.</summary>
/// <param name="Id">The found child's id.</param>
/// <param name="OperationId">The operation that found the child, or null.</param>
/// <param name="Sex">The child's sex in words.</param>
/// <param name="FoundOn">When found (the year only without details).</param>
/// <param name="FoundPlace">Where (the province only without details).</param>
/// <param name="EstimatedAge">The estimated age, e.g. "1.5–2.2 years".</param>
/// <param name="KnownNames">Names the child knows or was given, when the audience sees names.</param>
/// <param name="Description">The description, when the audience sees details.</param>
/// <param name="Institution">Institution and placement, when the audience sees details.</param>
public sealed record FoundSide(string Id, string? OperationId, string Sex, string FoundOn, string FoundPlace, string EstimatedAge, IReadOnlyList<string> KnownNames, string? Description, string? Institution);

/// <summary>The DNA statistics of a match.</summary>
/// <param name="LikelihoodRatio">The combined DNA LR.</param>
/// <param name="FrequencyTable">The frequency table used.</param>
/// <param name="Persons">The typed persons, as column headings (the found child first), when genotypes are shown; empty otherwise.</param>
/// <param name="Markers">The per-marker rows.</param>
public sealed record DnaSection(double LikelihoodRatio, string FrequencyTable, IReadOnlyList<string> Persons, IReadOnlyList<MarkerRow> Markers);

/// <summary>One marker of the DNA table.</summary>
/// <param name="Marker">The marker.</param>
/// <param name="LikelihoodRatio">Its LR.</param>
/// <param name="Genotypes">The genotype of each person of <see cref="DnaSection.Persons"/> ("–" when not typed); empty unless genotypes are shown.</param>
public sealed record MarkerRow(string Marker, double LikelihoodRatio, IReadOnlyList<string> Genotypes);

/// <summary>The descriptive evidence and the posterior.</summary>
/// <param name="Factors">The factors; explanations are left out (null) for audiences without names and details, since they quote both.</param>
/// <param name="DescriptiveLikelihoodRatio">The product of the descriptive LRs.</param>
/// <param name="PriorOdds">The prior odds.</param>
/// <param name="PosteriorProbability">The posterior probability of H1.</param>
public sealed record EvidenceSection(IReadOnlyList<EvidenceLine> Factors, double DescriptiveLikelihoodRatio, double PriorOdds, double PosteriorProbability);

/// <summary>One descriptive factor.</summary>
/// <param name="Kind">What was compared.</param>
/// <param name="LikelihoodRatio">Its LR.</param>
/// <param name="Explanation">Why, or null when the audience may not see it.</param>
public sealed record EvidenceLine(EvidenceKind Kind, double LikelihoodRatio, string? Explanation);
