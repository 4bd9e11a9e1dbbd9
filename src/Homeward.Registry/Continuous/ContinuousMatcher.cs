using Homeward.Kinship;
using Homeward.Registry.Cases;
using Homeward.Registry.Evidence;
using Homeward.Registry.Matching;
using Homeward.Search;

namespace Homeward.Registry.Continuous;

/// <summary>
/// Continuous matching as pure orchestration over Homeward.Search: a new or changed found child is
/// searched against every report at once, a new or changed report against every found child; hits
/// at or above the threshold that are neither excluded nor already matched become potential matches
/// with their exact per-marker DNA LR (the kinship engine on <see cref="ExactScorer.CaseFor"/>), the
/// descriptive factors and the posterior. Only donors with
/// <see cref="ConsentScopes.DomesticIdentification"/> are searched; closed reports are not searched.
/// </summary>
public sealed class ContinuousMatcher
{
    /// <summary>The found children searched and scored between two progress reports (the search's own chunk size).</summary>
    public const int ProgressBatch = 16;

    private readonly KinshipSettings _kinship;
    private readonly MatchingSettings _settings;
    private readonly DescriptiveEvidence _evidence;
    private readonly TimeProvider _clock;

    /// <summary>Creates a matcher for a population model; the clock only stamps scores.</summary>
    public ContinuousMatcher(KinshipSettings kinship, MatchingSettings settings, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(kinship);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(clock);
        _kinship = kinship;
        _settings = settings.Validate().Value;
        _evidence = new DescriptiveEvidence(settings.Evidence);
        _clock = clock;
    }

    /// <summary>Searches every found child against every report.</summary>
    public Result<MatchingRun> SearchAll(RegistrySnapshot snapshot, ExclusionRegistry exclusions, IReadOnlySet<MatchKey> existing) =>
        Run(snapshot, exclusions, existing, _ => true, _ => true, null);

    /// <summary>
    /// Searches every found child against every report, reporting how many found children are done
    /// (searched and their hits scored) after each batch of <see cref="ProgressBatch"/>.
    /// </summary>
    public Result<MatchingRun> SearchAll(RegistrySnapshot snapshot, ExclusionRegistry exclusions, IReadOnlySet<MatchKey> existing, IProgress<MatchingProgress>? progress) =>
        Run(snapshot, exclusions, existing, _ => true, _ => true, progress);

    /// <summary>A new or changed found child: searched against every report.</summary>
    public Result<MatchingRun> SearchFoundChild(RegistrySnapshot snapshot, string foundChildId, ExclusionRegistry exclusions, IReadOnlySet<MatchKey> existing) =>
        Run(snapshot, exclusions, existing, _ => true, c => string.Equals(c.Id, foundChildId, StringComparison.Ordinal), null);

    /// <summary>A new or changed report (a donor added, consent given): its donors against every found child.</summary>
    public Result<MatchingRun> SearchReport(RegistrySnapshot snapshot, string reportId, ExclusionRegistry exclusions, IReadOnlySet<MatchKey> existing) =>
        Run(snapshot, exclusions, existing, r => string.Equals(r.Id, reportId, StringComparison.Ordinal), _ => true, null);

    /// <summary>
    /// Re-scores stored matches (frequencies or mutation models changed): the state never changes and
    /// excluded matches are left as they are; a match whose LR fell below the threshold is flagged for
    /// review. A match that can no longer be scored (consent withdrawn, profile deleted, the donors no
    /// longer form a pedigree) keeps its old score and is named in the warnings.
    /// </summary>
    public Result<RescoreRun> Rescore(RegistrySnapshot snapshot, IEnumerable<MatchCase> matches)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(matches);
        var data = SearchData.From(snapshot);
        var list = matches.Where(m => m.State != MatchState.Excluded).ToArray();
        var reportIds = list.Select(m => m.Key.ReportId).ToHashSet(StringComparer.Ordinal);
        var references = data.References(r => reportIds.Contains(r.Id));
        var queries = list.Select(m => data.Query(m.Key.FoundChildId)).OfType<QueryProfile>().ToArray();
        var panel = MarkerPanel.Build(_kinship, references.Select(r => r.Loci).Concat(queries.Select(q => q.Loci)));
        if (!panel.IsSuccess)
        {
            return Result<RescoreRun>.Failure(panel.Errors);
        }

        var warnings = new List<string>();
        var byReport = ValidReports(panel.Value, references, warnings);
        var result = new List<Rescored>();
        foreach (var match in list)
        {
            var query = data.Query(match.Key.FoundChildId);
            var report = data.Report(match.Key.ReportId);
            var child = data.Child(match.Key.FoundChildId);
            if (!byReport.TryGetValue(match.Key.ReportId, out var donors) || query is null || report is null || child is null)
            {
                warnings.Add($"match {match.Id} ({match.Key}): no searchable donors or profile any more; not re-scored");
                continue;
            }

            var score = Score(panel.Value, donors, query, report, child, data.OpenReportCount);
            if (!score.IsSuccess)
            {
                return Result<RescoreRun>.Failure(score.Errors);
            }

            result.Add(new Rescored(match.WithScore(score.Value), match.Score?.DnaLikelihoodRatio, score.Value.DnaLikelihoodRatio < _settings.MinimumDnaLr));
        }

        return new RescoreRun(result, warnings);
    }

    private Result<MatchingRun> Run(RegistrySnapshot snapshot, ExclusionRegistry exclusions, IReadOnlySet<MatchKey> existing, Func<MissingChildReport, bool> reports, Func<FoundChild, bool> children, IProgress<MatchingProgress>? progress)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(exclusions);
        ArgumentNullException.ThrowIfNull(existing);
        var data = SearchData.From(snapshot);
        var references = data.References(reports);
        var queries = snapshot.FoundChildren.Where(children).Select(c => data.Query(c.Id)).OfType<QueryProfile>().ToArray();
        var warnings = data.Warnings.ToList();
        if (references.Count == 0 || queries.Length == 0)
        {
            return new MatchingRun([], 0, 0, warnings);
        }

        var panel = MarkerPanel.Build(_kinship, references.Select(r => r.Loci).Concat(queries.Select(q => q.Loci)));
        if (!panel.IsSuccess)
        {
            return Result<MatchingRun>.Failure(panel.Errors);
        }

        warnings.AddRange(panel.Value.Warnings);
        var builder = new ReferenceIndexBuilder(panel.Value, _kinship);
        var byReport = ValidReports(panel.Value, references, warnings, builder);
        var search = new KinshipSearch(builder.Build()) { MaxDegreeOfParallelism = _settings.MaxDegreeOfParallelism };
        var found = new List<PotentialMatch>();
        int excluded = 0, already = 0;
        progress?.Report(new MatchingProgress(0, queries.Length));
        for (var start = 0; start < queries.Length; start += ProgressBatch)
        {
            var batch = queries[start..Math.Min(queries.Length, start + ProgressBatch)];
            foreach (var (query, result) in batch.Zip(search.SearchMany(batch, _settings.MinimumDnaLr, _settings.TopPerFoundChild)))
            {
                foreach (var candidate in result.Candidates)
                {
                    var key = new MatchKey(candidate.Report, query.Id);
                    if (exclusions.IsExcluded(key))
                    {
                        excluded++;
                        continue;
                    }

                    if (existing.Contains(key))
                    {
                        already++;
                        continue;
                    }

                    var donors = byReport[candidate.Report];
                    var score = Score(panel.Value, donors, query, data.Report(candidate.Report)!, data.Child(query.Id)!, data.OpenReportCount);
                    if (!score.IsSuccess)
                    {
                        return Result<MatchingRun>.Failure(score.Errors);
                    }

                    found.Add(new PotentialMatch(key, score.Value, [.. donors.Select(d => d.Id)]));
                }
            }

            progress?.Report(new MatchingProgress(Math.Min(queries.Length, start + ProgressBatch), queries.Length));
        }

        return new MatchingRun(found, excluded, already, warnings);
    }

    /// <summary>
    /// The reports whose donors form a pedigree, added to <paramref name="builder"/> when given. One
    /// report that cannot (two mothers, say) must not stop national matching: it is left out with a
    /// warning naming it.
    /// </summary>
    private Dictionary<string, IReadOnlyList<ReferenceProfile>> ValidReports(MarkerPanel panel, IReadOnlyList<ReferenceProfile> references, List<string> warnings, ReferenceIndexBuilder? builder = null)
    {
        builder ??= new ReferenceIndexBuilder(panel, _kinship);
        var byReport = new Dictionary<string, IReadOnlyList<ReferenceProfile>>(StringComparer.Ordinal);
        foreach (var group in references.GroupBy(r => r.Report, StringComparer.Ordinal))
        {
            var added = builder.Add(group.Key, [.. group]);
            if (added.IsSuccess)
            {
                byReport[group.Key] = [.. group];
            }
            else
            {
                warnings.AddRange(added.Errors.Select(e => $"report {group.Key} not searched: {e}"));
            }
        }

        return byReport;
    }

    private Result<MatchScore> Score(MarkerPanel panel, IReadOnlyList<ReferenceProfile> donors, QueryProfile query, MissingChildReport report, FoundChild child, int openReports)
    {
        var kinshipCase = ExactScorer.CaseFor(panel.Table, _kinship, donors, query);
        if (!kinshipCase.IsSuccess)
        {
            return Result<MatchScore>.Failure(kinshipCase.Errors);
        }

        var dna = LikelihoodRatioCalculator.Compute(kinshipCase.Value);
        if (!dna.IsSuccess)
        {
            return Result<MatchScore>.Failure(dna.Errors);
        }

        var factors = _evidence.Assess(report, child);
        var prior = MatchPosterior.PriorOdds(Math.Max(1, openReports), _settings.ProbabilityFamilyInDatabase);
        var lr = dna.Value.LikelihoodRatio;
        return new MatchScore(lr, dna.Value.Loci, MatchPosterior.DescriptiveLr(factors), factors, prior, MatchPosterior.Probability(prior, lr, factors), _kinship.Frequencies.Source, _clock.GetUtcNow());
    }
}
