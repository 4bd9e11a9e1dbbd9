namespace Homeward.Kinship.Tests.ClosedForms;

/// <summary>
/// One marker with dyadic frequencies (exact in binary) and helpers to compute an LR with the engine:
/// a = 10 (1/8), b = 11 (1/4), c = 12 (1/16), d = 13 (9/16).
/// </summary>
internal static class ClosedFormCase
{
    public const string Marker = "TH01";
    public const double Tolerance = 1e-12;
    public const double Pa = 0.125;
    public const double Pb = 0.25;
    public const double Pc = 0.0625;
    public const double Pd = 0.5625;

    private static readonly FrequencyTable Table = FrequencyTableReader.FromDictionary(
        [new(Marker, [new("10", Pa), new("11", Pb), new("12", Pc), new("13", Pd)])],
        "closed-form").Value;

    /// <summary>
    /// The LR of H1 against "the typed persons unrelated". Genotypes use the letters a–d
    /// (<c>"a/c"</c>).
    /// </summary>
    public static LikelihoodRatioResult Compute(
        PersonSpec[] h1, (string Person, string Genotype)[] typed, double theta = 0, MutationSettings? mutation = null)
    {
        var genotypes = typed.ToDictionary(
            t => t.Person,
            t => (IReadOnlyDictionary<string, Genotype>)new Dictionary<string, Genotype> { [Marker] = Parse(t.Genotype) },
            StringComparer.Ordinal);
        var h2 = h1.Where(p => genotypes.ContainsKey(p.Id)).Select(p => new PersonSpec(p.Id, p.Sex)).ToArray();
        var result = LikelihoodRatioCalculator.Compute(new KinshipCase(
            Table, Pedigree.Create(h1, "H1").Value, Pedigree.Create(h2, "H2").Value, genotypes, theta, mutation));
        result.IsSuccess.ShouldBeTrue(string.Join("; ", result.Errors ?? []));
        return result.Value;
    }

    public static double Lr(PersonSpec[] h1, params (string Person, string Genotype)[] typed) =>
        Compute(h1, typed).LikelihoodRatio;

    public static void ShouldBeExactly(this double actual, double expected) =>
        (Math.Abs(actual - expected) / expected).ShouldBeLessThan(Tolerance, $"engine {actual:R}, closed form {expected:R}");

    private static Genotype Parse(string letters) =>
        Genotype.Parse(string.Concat(letters.Select(c => c switch
        {
            'a' => "10",
            'b' => "11",
            'c' => "12",
            'd' => "13",
            _ => c.ToString(),
        })));
}
