using Homeward.Kinship;

namespace Homeward.Search;

/// <summary>
/// The definition of a report's score: the kinship case a lab would write by hand — H1 the report's
/// pedigree with the query as the missing child, H2 the same pedigree with the missing child untyped
/// and the query unrelated to it (<see cref="ReportPedigree.ChildUnrelated"/>) — computed by the
/// kinship engine. So LR = P(query, donors | H1) / (P(donors | pedigree) · P(query)): the donors'
/// kinship among themselves is in both hypotheses and cancels. The index must equal it; with θ > 0
/// the search uses it directly.
/// </summary>
public static class ExactScorer
{
    /// <summary>
    /// The equivalent kinship case of a report and a query (the query typed as
    /// <see cref="ReportPedigree.MissingChildId"/>); fails when the donors' roles cannot form a
    /// pedigree (two mothers) or the report needs the query's sex and it is unknown.
    /// </summary>
    public static Result<KinshipCase> CaseFor(FrequencyTable table, KinshipSettings settings, IReadOnlyList<ReferenceProfile> donors, QueryProfile query)
    {
        ArgumentNullException.ThrowIfNull(donors);
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(settings);
        if (donors.Count == 0)
        {
            return Result<KinshipCase>.Failure("report", "a report needs at least one donor");
        }

        var built = ReportPedigree.Build(donors[0].Report, donors.Select(d => (d.Id, d.Role, d.Sex)).ToArray(), query.Sex);
        if (!built.IsSuccess)
        {
            return Result<KinshipCase>.Failure(built.Errors);
        }

        var pedigree = built.Value;
        var genotypes = new Dictionary<string, IReadOnlyDictionary<string, Genotype>>(StringComparer.Ordinal)
        {
            [ReportPedigree.MissingChildId] = query.Loci,
        };
        foreach (var donor in donors)
        {
            genotypes[donor.Id] = donor.Loci;
        }

        return new KinshipCase(table, pedigree.Pedigree, pedigree.ChildUnrelated, genotypes, settings.Theta, settings.Mutation, settings.MinimumFrequency);
    }

    /// <summary>The exact LR of a report for a query.</summary>
    public static double Score(MarkerPanel panel, KinshipSettings settings, IReadOnlyList<ReferenceProfile> donors, QueryProfile query)
    {
        ArgumentNullException.ThrowIfNull(panel);
        var kinshipCase = CaseFor(panel.Table, settings, donors, query);
        var result = kinshipCase.IsSuccess ? LikelihoodRatioCalculator.Compute(kinshipCase.Value) : Result<LikelihoodRatioResult>.Failure(kinshipCase.Errors);
        return result.IsSuccess
            ? result.Value.LikelihoodRatio
            : throw new InvalidOperationException("the search produced an invalid kinship case: " + string.Join("; ", result.Errors));
    }
}
