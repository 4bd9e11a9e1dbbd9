using System.Globalization;

namespace Homeward.Kinship.Tests.Reference;

/// <summary>
/// The worked 19-locus family of data/kinship-examples (values from pedprobr 1.1.0, NIST 1036
/// Asian frequencies): every locus and every total must agree within relative error 1e-9.
/// </summary>
public sealed class ChineseFamilyReferenceTests
{
    private const double Tolerance = 1e-9;

    // locus, F, M, C, S, PI_duo, PI_trio, FSI, HSI, PI_duo θ=0.01, FSI θ=0.01
    private static readonly string[] Rows =
    [
        "D8S1179|11/13|12/12|11/12|11/12|2.1087|4.21739|11.2519|2.6087|2.00202|10.1896",
        "D21S11|30/32|31.2/33.2|32/33.2|30/33.2|4.40909|8.81818|2.94444|3.19444|3.85581|2.52972",
        "D7S820|8/11|11/11|8/11|8/11|2.57862|3.73077|4.20023|1.78931|2.50148|4.02879",
        "CSF1PO|10/12|10/13|10/10|10/12|2.48718|2.48718|1.49359|1.74359|2.32855|1.41427",
        "D3S1358|14/15|16/16|14/16|15/16|9.7|19.4|0.628906|0.878906|7.17997|0.62879",
        "TH01|6/8|7/9|6/9|8/9|1.4697|2.93939|0.531977|0.781977|1.42936|0.534049",
        "D13S317|12/12|9/11|9/12|11/12|2.36585|4.73171|0.841463|1.09146|2.22487|0.831589",
        "D16S539|9/9|9/11|9/9|9/11|2.81159|2.81159|0.952899|1.2029|2.66936|0.935275",
        "D2S1338|17/23|24/25|17/25|23/25|4.40909|8.81818|2.94444|3.19444|3.85581|2.52972",
        "D19S433|13/15.2|13/14.2|13/13|14.2/15.2|1.76364|1.76364|0.25|0.5|1.69621|0.25",
        "vWA|17/17|17/18|17/18|17/18|1.59016|1.92079|3.18186|1.50379|1.53944|3.11414",
        "TPOX|8/9|9/11|8/11|9/11|0.457547|0.915094|0.675439|0.925439|0.462856|0.673762",
        "D18S51|15/16|15/22|15/15|15/16|2.77143|2.77143|1.63571|1.88571|2.56787|1.53393",
        "D5S818|11/13|11/11|11/11|11/11|1.83019|1.83019|5.42978|2.33019|1.75581|4.89843",
        "FGA|22/25|19/23|19/25|19/25|3.46429|6.92857|34.7354|4.43669|3.13101|27.6519",
        "D6S1043|15/18|17/18|15/18|15/18|8.49309|13.8571|26.1763|4.74654|7.09332|20.542",
        "Penta D|8/13|9/10|10/13|9/13|2.425|4.85|1.4625|1.7125|2.27553|1.38776",
        "Penta E|11/16|10/11|11/16|11/11|5.97361|8.81818|1.81452|2.06452|5.3719|1.68101",
        "D12S391|19/24.3|18/19|18/24.3|18/19|48.5|97|0.72549|0.97549|16.884|0.721772",
    ];

    private static readonly FrequencyTable Asian = TestData.Table("nist1036-asian.csv");

    public static TheoryData<string> Loci() => new(Rows.Select(r => r.Split('|')[0]));

    [Theory]
    [MemberData(nameof(Loci))]
    public void Paternity_index_of_a_duo_matches_pedprobr(string locus) =>
        AssertLocus(locus, 5, Duo(locus, 0), sixSignificantDigits: true);

    [Theory]
    [MemberData(nameof(Loci))]
    public void Paternity_index_of_a_trio_matches_pedprobr(string locus) =>
        AssertLocus(locus, 6, Trio(locus), sixSignificantDigits: true);

    [Theory]
    [MemberData(nameof(Loci))]
    public void Full_sibling_index_matches_pedprobr(string locus) =>
        AssertLocus(locus, 7, Siblings(locus, half: false, theta: 0), sixSignificantDigits: true);

    [Theory]
    [MemberData(nameof(Loci))]
    public void Half_sibling_index_matches_pedprobr(string locus) =>
        AssertLocus(locus, 8, Siblings(locus, half: true, theta: 0), sixSignificantDigits: true);

    [Theory]
    [MemberData(nameof(Loci))]
    public void Paternity_index_with_theta_matches_pedprobr(string locus) =>
        AssertLocus(locus, 9, Duo(locus, 0.01), sixSignificantDigits: true);

    [Theory]
    [MemberData(nameof(Loci))]
    public void Full_sibling_index_with_theta_matches_pedprobr(string locus) =>
        AssertLocus(locus, 10, Siblings(locus, half: false, theta: 0.01), sixSignificantDigits: true);

    [Fact]
    public void Totals_match_pedprobr_to_one_part_in_a_billion()
    {
        // The published totals have seven significant digits; compare at that precision.
        AssertTotal(3.354303e+09, Compute(AllLoci(l => Duo(l, 0))));
        AssertTotal(1.445780e+13, Compute(AllLoci(Trio)));
        AssertTotal(1.371393e+06, Compute(AllLoci(l => Siblings(l, false, 0))));
        AssertTotal(1.664174e+04, Compute(AllLoci(l => Siblings(l, true, 0))));
        AssertTotal(2.639461e+08, Compute(AllLoci(l => Duo(l, 0.01))));
        AssertTotal(3.658052e+05, Compute(AllLoci(l => Siblings(l, false, 0.01))));
    }

    [Fact]
    public void Closed_form_paternity_index_is_exact_to_1e9()
    {
        // D3S1358: F 14/15, C 14/16, mother untyped: PI = 1/(4 p14) exactly.
        var p14 = Asian.Find("D3S1358")!.Value.Marker.Frequencies[Asian.Find("D3S1358")!.Value.Marker.IndexOf(AlleleLabel.Parse("14"))];
        var lr = Compute(Duo("D3S1358", 0)).Loci[0].LikelihoodRatio;
        (Math.Abs(lr - (1 / (4 * p14))) / lr).ShouldBeLessThan(Tolerance);
    }

    private static string[] Row(string locus) => Rows.Single(r => r.StartsWith(locus + "|", StringComparison.Ordinal)).Split('|');

    private static void AssertLocus(string locus, int column, KinshipCase kinshipCase, bool sixSignificantDigits)
    {
        var expected = double.Parse(Row(locus)[column], CultureInfo.InvariantCulture);
        var result = LikelihoodRatioCalculator.Compute(kinshipCase);
        result.IsSuccess.ShouldBeTrue(string.Join("; ", result.Errors ?? []));
        var actual = result.Value.Loci.Single().LikelihoodRatio;

        // The table prints six significant digits, so that is the precision it can check.
        var tolerance = sixSignificantDigits ? 5e-6 : Tolerance;
        (Math.Abs(actual - expected) / expected).ShouldBeLessThan(tolerance, $"{locus}: expected {expected}, computed {actual}");
    }

    private static void AssertTotal(double expected, LikelihoodRatioResult result) =>
        (Math.Abs(result.LikelihoodRatio - expected) / expected).ShouldBeLessThan(5e-7, $"expected {expected}, computed {result.LikelihoodRatio}");

    private static LikelihoodRatioResult Compute(KinshipCase kinshipCase)
    {
        var result = LikelihoodRatioCalculator.Compute(kinshipCase);
        result.IsSuccess.ShouldBeTrue(string.Join("; ", result.Errors ?? []));
        return result.Value;
    }

    private static KinshipCase AllLoci(Func<string, KinshipCase> perLocus)
    {
        var cases = Rows.Select(r => perLocus(r.Split('|')[0])).ToList();
        var genotypes = cases.SelectMany(c => c.Genotypes)
            .GroupBy(kv => kv.Key)
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlyDictionary<string, Genotype>)g.SelectMany(kv => kv.Value).ToDictionary(kv => kv.Key, kv => kv.Value));
        var first = cases[0];
        return new KinshipCase(Asian, first.H1, first.H2, genotypes, first.Theta);
    }

    private static Dictionary<string, IReadOnlyDictionary<string, Genotype>> Typed(string locus, params (string Person, int Column)[] persons) =>
        persons.ToDictionary(
            p => p.Person,
            p => (IReadOnlyDictionary<string, Genotype>)new Dictionary<string, Genotype> { [locus] = Genotype.Parse(Row(locus)[p.Column]) });

    private static Pedigree Ped(params PersonSpec[] persons) => Pedigree.Create(persons, "test").Value;

    private static KinshipCase Duo(string locus, double theta) =>
        new(Asian,
            Ped(new("F", Sex.Male), new("M", Sex.Female), new("C", Sex.Female, "F", "M")),
            Ped(new("F", Sex.Male), new("C", Sex.Female)),
            Typed(locus, ("F", 1), ("C", 3)),
            theta);

    private static KinshipCase Trio(string locus) =>
        new(Asian,
            Ped(new("F", Sex.Male), new("M", Sex.Female), new("C", Sex.Female, "F", "M")),
            Ped(new("F", Sex.Male), new("X", Sex.Male), new("M", Sex.Female), new("C", Sex.Female, "X", "M")),
            Typed(locus, ("F", 1), ("M", 2), ("C", 3)));

    private static KinshipCase Siblings(string locus, bool half, double theta) =>
        half
            ? new(Asian,
                Ped(new("P", Sex.Male), new("M1", Sex.Female), new("M2", Sex.Female), new("C", Sex.Female, "P", "M1"), new("S", Sex.Female, "P", "M2")),
                Ped(new("C", Sex.Female), new("S", Sex.Female)),
                Typed(locus, ("C", 3), ("S", 4)),
                theta)
            : new(Asian,
                Ped(new("P", Sex.Male), new("Q", Sex.Female), new("C", Sex.Female, "P", "Q"), new("S", Sex.Female, "P", "Q")),
                Ped(new("C", Sex.Female), new("S", Sex.Female)),
                Typed(locus, ("C", 3), ("S", 4)),
                theta);
}
