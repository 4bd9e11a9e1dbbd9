using System.Globalization;

namespace Homeward.Kinship.Simulation;

/// <summary>
/// Generates a database of missing-child reports with their relatives' reference profiles, and a
/// set of found children (queries) of which a chosen share are the missing child of some report.
/// Everything is a pure function of the options and the seed; each report and each query has its
/// own random stream, so the output streams (<see cref="References"/>, <see cref="Queries"/>) hold
/// nothing in memory beyond the current family and can produce tens of millions of profiles.
/// </summary>
public sealed class PopulationSimulator
{
    private readonly PopulationSimulationOptions _options;
    private readonly SimulationPanel _panel;

    private PopulationSimulator(PopulationSimulationOptions options, SimulationPanel panel, int relatedQueries)
    {
        _options = options;
        _panel = panel;
        RelatedQueries = relatedQueries;
    }

    /// <summary>The markers simulated, as the frequency table spells them.</summary>
    public IReadOnlyList<string> Markers => [.. _panel.Markers.Select(m => m.Name)];

    /// <summary>The number of queries that are the missing child of a report.</summary>
    public int RelatedQueries { get; }

    internal SimulationPanel Panel => _panel;

    /// <summary>Validates the options and prepares the markers and mutation matrices.</summary>
    public static Result<PopulationSimulator> Create(PopulationSimulationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<InputError>();
        if (options.Reports < 0)
        {
            errors.Add(new InputError("reports", $"{options.Reports} must be zero or more"));
        }

        if (options.Queries < 0)
        {
            errors.Add(new InputError("queries", $"{options.Queries} must be zero or more"));
        }

        CheckProbability(options.RelatedFraction, "related-fraction", errors);
        CheckProbability(options.MissingMarkerRate, "missing-marker-rate", errors);
        CheckProbability(options.DropoutRate, "dropout-rate", errors);
        if (!double.IsFinite(options.Theta) || options.Theta < 0 || options.Theta >= 1)
        {
            errors.Add(new InputError("theta", $"{Format(options.Theta)} must be in [0, 1)"));
        }

        var related = 0;
        if (options.Reports >= 0 && options.Queries >= 0 && options.RelatedFraction is >= 0 and <= 1)
        {
            related = (int)Math.Round(options.RelatedFraction * options.Queries, MidpointRounding.AwayFromZero);
            if (related > options.Reports)
            {
                errors.Add(new InputError("related-fraction", $"{related} related queries need at least as many reports, but there are {options.Reports}; each report has one missing child"));
            }
        }

        var panel = SimulationPanel.Create(options.Frequencies, options.Markers ?? MarkerSet.AllOf(options.Frequencies), options.Mutation, "markers");
        if (!panel.IsSuccess)
        {
            errors.AddRange(panel.Errors);
        }

        return errors.Count > 0 ? Result<PopulationSimulator>.Failure(errors) : new PopulationSimulator(options, panel.Value, related);
    }

    /// <summary>The id of report <paramref name="index"/> (0-based): <c>R-000001</c> for 0.</summary>
    public static string ReportId(long index) => Id("R-", index);

    /// <summary>
    /// The reference profiles, report by report (<c>R-000001</c> first), numbered <c>S-000001</c> on.
    /// </summary>
    public IEnumerable<ReferenceProfile> References()
    {
        long next = 0;
        for (var r = 0; r < _options.Reports; r++)
        {
            var family = SimulateFamily(r);
            var typing = SimulationRandom.For(_options.Seed, RandomStream.ReferenceTyping, r);
            var report = ReportId(r);
            var pedigree = family.Pedigree.Pedigree;
            foreach (var (id, role) in family.Pedigree.Typed)
            {
                var person = pedigree.IndexOf(id);
                var loci = ProfileTyping.Type(family.Genotypes[person], _panel, _options.MissingMarkerRate, _options.DropoutRate, typing);
                yield return new ReferenceProfile(Id("S-", next++), report, role, pedigree.Persons[person].Sex, loci);
            }
        }
    }

    /// <summary>
    /// The queries <c>Q-000001</c> on, each with its truth. Which queries are related is a random
    /// choice of exactly <see cref="RelatedQueries"/>; each is the missing child of a different,
    /// randomly chosen report, typed afresh (its own missing markers and drop-outs).
    /// </summary>
    public IEnumerable<SimulatedQuery> Queries()
    {
        var selection = SimulationRandom.For(_options.Seed, RandomStream.QuerySelection, 0);
        var reports = DistinctReports(RelatedQueries, _options.Reports, SimulationRandom.For(_options.Seed, RandomStream.QuerySelection, 1));
        var needed = RelatedQueries;
        var planted = 0;
        for (var q = 0; q < _options.Queries; q++)
        {
            var id = Id("Q-", q);
            var typing = SimulationRandom.For(_options.Seed, RandomStream.QueryTyping, q);
            if (needed > 0 && selection.NextLong(_options.Queries - q) < needed)
            {
                needed--;
                var report = reports[planted++];
                var family = SimulateFamily(report);
                var x = family.Pedigree.MissingChild;
                var loci = ProfileTyping.Type(family.Genotypes[x], _panel, _options.MissingMarkerRate, _options.DropoutRate, typing);
                var sex = family.Pedigree.Pedigree.Persons[x].Sex;
                yield return new SimulatedQuery(new QueryProfile(id, sex, loci), new QueryTruth(id, ReportId(report)));
            }
            else
            {
                var random = SimulationRandom.For(_options.Seed, RandomStream.UnrelatedQuery, q);
                var sex = random.NextBool() ? Sex.Male : Sex.Female;
                var urn = new FounderUrn(_panel, 0);
                var genotype = new int[2 * _panel.Count];
                for (var m = 0; m < _panel.Count; m++)
                {
                    genotype[2 * m] = urn.Draw(m, random);
                    genotype[(2 * m) + 1] = urn.Draw(m, random);
                }

                var loci = ProfileTyping.Type(genotype, _panel, _options.MissingMarkerRate, _options.DropoutRate, typing);
                yield return new SimulatedQuery(new QueryProfile(id, sex, loci), new QueryTruth(id, null));
            }
        }
    }

    /// <summary>
    /// Report <paramref name="report"/>'s family: its shape, pedigree and every member's genotype
    /// (including X and the untyped links). The same report always gives the same family.
    /// </summary>
    internal SimulatedFamily SimulateFamily(int report)
    {
        var random = SimulationRandom.For(_options.Seed, RandomStream.Family, report);
        var shape = _options.Shapes.Pick(random.NextDouble());
        var pedigree = FamilyPedigree.Build(shape, random);
        var genotypes = PedigreeSimulator.Simulate(pedigree.Pedigree, _panel, _options.Theta, random);
        return new SimulatedFamily(shape, pedigree, genotypes);
    }

    /// <summary>k distinct reports out of n in random order (Floyd's algorithm, then a shuffle).</summary>
    private static int[] DistinctReports(int k, int n, SimulationRandom random)
    {
        var chosen = new HashSet<int>(k);
        var order = new List<int>(k);
        for (var j = n - k; j < n; j++)
        {
            var t = random.NextInt(j + 1);
            var pick = chosen.Add(t) ? t : j;
            if (pick == j)
            {
                chosen.Add(j);
            }

            order.Add(pick);
        }

        for (var i = order.Count - 1; i > 0; i--)
        {
            var j = random.NextInt(i + 1);
            (order[i], order[j]) = (order[j], order[i]);
        }

        return [.. order];
    }

    private static string Id(string prefix, long index) =>
        prefix + (index + 1).ToString("D6", CultureInfo.InvariantCulture);

    private static void CheckProbability(double value, string place, List<InputError> errors)
    {
        if (!double.IsFinite(value) || value < 0 || value > 1)
        {
            errors.Add(new InputError(place, $"{Format(value)} must be a number in [0, 1]"));
        }
    }

    private static string Format(double x) => x.ToString("R", CultureInfo.InvariantCulture);
}

/// <summary>One simulated family: the shape drawn, the pedigree and all genotypes.</summary>
internal sealed record SimulatedFamily(FamilyShape Shape, FamilyPedigree Pedigree, int[][] Genotypes);
