using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Homeward.Kinship;

namespace Homeward.Search.Tests;

/// <summary>
/// The index against a linear scan: for random databases (all family shapes, missing markers,
/// mutated true relatives), random thresholds and K, the index returns exactly the reports a linear
/// scan of the kinship engine's LRs returns — the same reports in the same order with the same LRs;
/// a report it refuses (donors impossible under their own pedigree) has no LR in the engine either.
/// </summary>
public sealed class IndexVersusLinearScanProperties
{
    private static readonly FrequencyTable Asian = TestData.Table("nist1036-asian.csv");
    private static readonly string[] Markers = ["D3S1358", "vWA", "FGA", "D8S1179", "TH01"];

    [Property(MaxTest = 40)]
    public Property Index_equals_a_linear_scan_of_the_engine() =>
        Prop.ForAll(
            (from seed in Gen.Choose(1, 1_000_000)
             from minimumLr in Gen.Elements(0.0, 0.5, 1.0, 10.0, 1000.0)
             from top in Gen.Choose(0, 12)
             from mutation in Gen.Elements(false, true)
             select (Seed: seed, MinimumLr: minimumLr, Top: top, Mutation: mutation)).ToArbitrary(),
            input =>
            {
                var (seed, minimumLr, top, mutation) = input;
                var settings = new KinshipSettings(Asian, 0, mutation
                    ? new MutationSettings(new SexSpecificMutation(MutationModel.Stepwise(0.005, 1e-4, 0.5).Value, MutationModel.Equal(0.002).Value))
                    : MutationSettings.None, null);
                var factory = new FamilyFactory(Asian, Markers, seed, mutationChance: 0.05, missingChance: 0.1);
                var random = new Random(seed);
                var references = new List<ReferenceProfile>();
                var queries = new List<QueryProfile>();
                for (var r = 0; r < 12; r++)
                {
                    var shape = FamilyFactory.Shapes[random.Next(FamilyFactory.Shapes.Length)];
                    var sex = random.Next(2) == 0 ? Sex.Male : Sex.Female;
                    var (donors, child) = factory.Report($"R-{r:D2}", shape, sex);
                    references.AddRange(donors);
                    if (random.Next(3) > 0)
                    {
                        queries.Add(new QueryProfile($"Q-{r:D2}", sex, child));
                    }
                }

                queries.Add(new QueryProfile("Q-U", Sex.Unknown, factory.Thin(factory.Founder())));
                var panel = MarkerPanel.Build(settings, references.Select(x => x.Loci).Concat(queries.Select(q => q.Loci))).Value;
                // A report whose donors contradict their stated relationships (a mutated true relative
                // without a mutation model) has no LR: the index refuses it, and so does the engine.
                var builder = new ReferenceIndexBuilder(panel, settings);
                var byReport = new Dictionary<string, List<ReferenceProfile>>(StringComparer.Ordinal);
                foreach (var report in references.GroupBy(x => x.Report))
                {
                    if (builder.Add(report.Key, [.. report]).IsSuccess)
                    {
                        byReport[report.Key] = [.. report];
                    }
                    else if (LikelihoodRatioCalculator.Compute(ExactScorer.CaseFor(panel.Table, settings, [.. report], new QueryProfile("Q-M", Sex.Male, factory.Founder())).Value).IsSuccess)
                    {
                        return false.Label($"{report.Key} was refused by the index but the engine scores it");
                    }
                }

                var results = new KinshipSearch(builder.Build()).SearchMany(queries, minimumLr, top);
                for (var q = 0; q < queries.Count; q++)
                {
                    var query = queries[q];
                    var engine = byReport
                        .Where(kv => query.Sex != Sex.Unknown || kv.Value.All(d => d.Role != FamilyRole.Child))
                        .ToDictionary(kv => kv.Key, kv => ExactScorer.Score(panel, settings, kv.Value, query));
                    // An LR within 1e-9 of the minimum may fall on either side of it (the index and the
                    // engine agree to 1e-9, not to the bit): the linear scan is taken leniently and the
                    // index must return at least the strictly qualifying reports.
                    var strictCount = engine.Count(kv => kv.Value >= minimumLr * (1 + 1e-9));
                    var linear = engine
                        .Select(kv => (Report: kv.Key, Lr: kv.Value))
                        .Where(x => x.Lr >= minimumLr * (1 - 1e-9))
                        .OrderByDescending(x => x.Lr)
                        .ThenBy(x => x.Report, StringComparer.Ordinal)
                        .Take(top)
                        .ToList();
                    var found = results[q].Candidates;
                    if (found.Count > linear.Count || found.Count < Math.Min(top, strictCount))
                    {
                        return false.Label($"{query.Id}: {found.Count} candidates, linear scan {linear.Count} (min {minimumLr}, top {top}): index [{string.Join(", ", found.Select(c => $"{c.Report} {c.LikelihoodRatio:R} engine {engine[c.Report]:R}"))}], linear [{string.Join(", ", linear.Select(c => $"{c.Report} {c.Lr:R}"))}]");
                    }

                    for (var k = 0; k < found.Count; k++)
                    {
                        // Rank k holds the linear scan's LR at rank k (to 1e-9), and the report found there
                        // has that LR by the engine. Reports whose LRs agree to 1e-9 (different shapes can
                        // give the same LR by different arithmetic) may swap places, even across the K cut.
                        var own = engine[found[k].Report];
                        if (!Close(found[k].LikelihoodRatio, linear[k].Lr) || !Close(found[k].LikelihoodRatio, own))
                        {
                            return false.Label($"{query.Id} #{k}: index {found[k].Report} {found[k].LikelihoodRatio} (engine {own}), linear {linear[k].Report} {linear[k].Lr}");
                        }
                    }
                }

                return true.ToProperty();
            });

    private static bool Close(double a, double b) => a == b || Math.Abs(a - b) <= 1e-9 * Math.Max(Math.Abs(a), Math.Abs(b));
}
