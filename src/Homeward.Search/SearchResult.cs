namespace Homeward.Search;

/// <summary>A report that matches a query.</summary>
/// <param name="Report">The report id.</param>
/// <param name="LikelihoodRatio">The exact pedigree LR: the query as the missing child vs the same pedigree with the query unrelated.</param>
/// <param name="Relatives">The roles of the report's donors, in input order.</param>
public sealed record Candidate(string Report, double LikelihoodRatio, IReadOnlyList<string> Relatives)
{
    /// <summary>log10 of the LR, or null when it is 0.</summary>
    public double? Log10LikelihoodRatio => LikelihoodRatio > 0 ? Math.Log10(LikelihoodRatio) : null;
}

/// <summary>The candidates of one query, best first.</summary>
/// <param name="Query">The query id.</param>
/// <param name="Candidates">At most top-K candidates with LR ≥ the minimum, by LR descending.</param>
/// <param name="SkippedReports">Reports not scored (a child of the missing person with a query of unknown sex).</param>
public sealed record SearchResult(string Query, IReadOnlyList<Candidate> Candidates, int SkippedReports);
