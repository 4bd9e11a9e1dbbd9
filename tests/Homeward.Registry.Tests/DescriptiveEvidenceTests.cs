using FsCheck.Xunit;
using Homeward.Kinship;
using Homeward.Registry.Cases;
using Homeward.Registry.Evidence;
using Homeward.Registry.Places;

namespace Homeward.Registry.Tests;

public sealed class DescriptiveEvidenceTests
{
    private static readonly DescriptiveEvidence Model = new();

    [Fact]
    public void Sex_agreement_and_disagreement_by_hand()
    {
        Model.SexFactor(Sex.Male, Sex.Male).LikelihoodRatio.ShouldBe(0.99 / 0.5, 1e-12);
        Model.SexFactor(Sex.Female, Sex.Male).LikelihoodRatio.ShouldBe(0.01 / 0.5, 1e-12);
        Model.SexFactor(Sex.Unknown, Sex.Male).LikelihoodRatio.ShouldBe(1);
    }

    [Fact]
    public void Age_consistency_by_hand()
    {
        // Born 2010-05-01, missing 2013-05-01, found 2023-05-01: 4,748 days = 12.9996 y. Estimate 12–14:
        // σ = √(0.5² + 0.75²) = 0.901388, z ≈ −0.0004, LR = 18 · φ(z)/σ = 7.9665.
        var factor = Model.AgeFactor(new DateOnly(2010, 5, 1), new DateOnly(2013, 5, 1), new DateOnly(2023, 5, 1), AgeRange.Create(12, 14).Value);
        factor.LikelihoodRatio.ShouldBe(7.9665, 1e-3);
        factor.Explanation.ShouldContain("3.0 at disappearance + 10.0 elapsed");
        // Estimate 10–11 for an expected 13: σ = √(0.25² + 0.75²) = 0.790569, z = (12.9996 − 10.5)/σ = 3.1619,
        // LR = 18 · e^(−z²/2) / (√(2π) σ) = 0.061305.
        Model.AgeFactor(new DateOnly(2010, 5, 1), new DateOnly(2013, 5, 1), new DateOnly(2023, 5, 1), AgeRange.Create(10, 11).Value).LikelihoodRatio.ShouldBe(0.061305, 1e-5);
        Model.AgeFactor(new DateOnly(2010, 5, 1), new DateOnly(2013, 5, 1), new DateOnly(2023, 5, 1), AgeRange.Create(3, 5).Value).LikelihoodRatio.ShouldBe(0.01);
        Model.AgeFactor(null, new DateOnly(2013, 5, 1), new DateOnly(2023, 5, 1), AgeRange.Create(3, 5).Value).LikelihoodRatio.ShouldBe(1);
    }

    [Fact]
    public void Found_before_the_disappearance_is_impossible_beyond_the_tolerance()
    {
        Model.DateFactor(new DateOnly(2013, 5, 1), new DateOnly(2013, 3, 1)).LikelihoodRatio.ShouldBe(0);
        Model.DateFactor(new DateOnly(2013, 5, 1), new DateOnly(2013, 4, 15)).LikelihoodRatio.ShouldBe(1);
        Model.DateFactor(new DateOnly(2013, 5, 1), new DateOnly(2020, 1, 1)).LikelihoodRatio.ShouldBe(1);
    }

    [Fact]
    public void Place_by_hand()
    {
        // d = 0: 0.5 · 3500/300 + 0.5 = 6.3333; d = 300 km: 0.5 · 3500/300 · e⁻¹ + 0.5 = 2.64600.
        Model.PlaceFactor(Fixtures.At("云南"), Fixtures.At("云南")).LikelihoodRatio.ShouldBe(6.33333, 1e-4);
        var degreesFor300Km = 300 / (6371 * Math.PI / 180);
        var a = Place.Create(null, "a", 0, 0).Value;
        var b = Place.Create(null, "b", 0, degreesFor300Km).Value;
        Model.PlaceFactor(a, b).LikelihoodRatio.ShouldBe(2.64600, 1e-4);
        Model.PlaceFactor(Fixtures.At("云南"), Fixtures.At("黑龙江")).LikelihoodRatio.ShouldBe(0.5, 1e-3);
        Model.PlaceFactor(Place.Unknown, Fixtures.At("云南")).LikelihoodRatio.ShouldBe(1);
    }

    [Fact]
    public void Names_in_characters_pinyin_homophones_and_given_names()
    {
        var report = new[] { Fixtures.Name("李小龙", "Lǐ Xiǎolóng") };
        Model.NameFactor(report, [Fixtures.Name("李小龙", "li xiaolong")]).LikelihoodRatio.ShouldBe(10);
        Model.NameFactor(report, [Fixtures.Name("黎晓龙", "li2 xiao3 long2")]).LikelihoodRatio.ShouldBe(5);
        Model.NameFactor(report, [Homeward.Registry.Names.ChineseName.Create(null, "Li Xiaolong").Value]).LikelihoodRatio.ShouldBe(5);
        Model.NameFactor(report, [Fixtures.Name("王小龙", "wang xiaolong")]).LikelihoodRatio.ShouldBe(2);
        Model.NameFactor(report, [Fixtures.Name("王大明", "wang daming")]).LikelihoodRatio.ShouldBe(0.8);
        Model.NameFactor(report, []).LikelihoodRatio.ShouldBe(1);
    }

    [Fact]
    public void Posterior_by_hand()
    {
        MatchPosterior.PriorOdds(1001).ShouldBe(1.0 / 1000, 1e-15);
        MatchPosterior.PriorOdds(1000, 0.5).ShouldBe(0.0005 / 0.9995, 1e-15);
        EvidenceFactor[] factors = [new(EvidenceKind.Sex, 2, ""), new(EvidenceKind.Place, 0.5, "")];
        MatchPosterior.Probability(1.0 / 1000, 1e4, factors).ShouldBe(10.0 / 11, 1e-12);
        MatchPosterior.Probability(1.0 / 1000, 0, factors).ShouldBe(0);
        MatchPosterior.Probability(1.0 / 1000, 1e300, [.. factors, new(EvidenceKind.Age, 1e200, "")]).ShouldBe(1);
    }

    [Fact]
    public void Dna_dominates_the_worst_descriptive_evidence()
    {
        // Every descriptive factor as bad as it can be short of impossible: sex 0.02, age 0.01, place 0.5, name 0.8.
        var report = Fixtures.Report(sex: Sex.Female, born: new DateOnly(2010, 5, 1), province: "云南", name: Fixtures.Name("李小红", "li xiaohong"));
        var child = Fixtures.Child(sex: Sex.Male, found: new DateOnly(2023, 5, 1), minAge: 1, maxAge: 2, province: "黑龙江", name: Fixtures.Name("王大明", "wang daming"));
        var factors = Model.Assess(report, child);
        MatchPosterior.DescriptiveLr(factors).ShouldBe(0.02 * 0.01 * 0.5 * 0.8, 1e-6);
        // A trio with 20 loci (LR ~1e15) in a database of 10 million reports still stands.
        MatchPosterior.Probability(MatchPosterior.PriorOdds(10_000_000), 1e15, factors).ShouldBeGreaterThan(0.999);
        // And at the bounds themselves (four factors at 0.01), an LR of 1e20 stands.
        EvidenceFactor[] floor = [.. Enumerable.Repeat(new EvidenceFactor(EvidenceKind.Age, 0.01, ""), 4)];
        MatchPosterior.Probability(MatchPosterior.PriorOdds(10_000_000), 1e20, floor).ShouldBeGreaterThan(0.999);
    }

    [Fact]
    public void Descriptive_evidence_alone_cannot_make_a_match()
    {
        var report = Fixtures.Report(born: new DateOnly(2010, 5, 1), province: "云南", name: Fixtures.Name("李小龙", "li xiaolong"));
        var child = Fixtures.Child(found: new DateOnly(2023, 5, 1), minAge: 12.5, maxAge: 13.5, province: "云南", name: Fixtures.Name("李小龙", "li xiaolong"));
        var factors = Model.Assess(report, child);
        // The best agreement there is: sex 1.98 × age 9.0833 (σ = 0.7906, z ≈ 0) × same province 6.3333 × name 10.
        MatchPosterior.DescriptiveLr(factors).ShouldBe(1139.04, 0.05);
        MatchPosterior.Probability(MatchPosterior.PriorOdds(100_000), 1, factors).ShouldBeLessThan(0.02);
    }

    [Property(MaxTest = 300)]
    public bool Every_descriptive_lr_is_bounded_except_impossible_dates(int bornDay, int missingDays, int foundDays, byte minAge, byte ageWidth, byte p1, byte p2, bool sameName, bool male)
    {
        // FsCheck's integers are small; spread them over the ranges that matter.
        static int Spread(int x, int range) => (int)(unchecked((uint)x * 2654435761u) % (uint)range);
        var born = new DateOnly(2000, 1, 1).AddDays(Spread(bornDay, 3000));
        var lastSeen = born.AddDays(Spread(missingDays, 4000));
        var found = lastSeen.AddDays(Spread(foundDays, 6000) - 500);
        var min = minAge % 20;
        var report = Fixtures.Report(sex: male ? Sex.Male : Sex.Female, born: born, lastSeen: lastSeen, province: Provinces.All[p1 % 34].Name);
        var child = Fixtures.Child(found: found, minAge: min, maxAge: min + (ageWidth % 6), province: Provinces.All[p2 % 34].Name, name: sameName ? report.Name : Fixtures.Name("赵四", "zhao si"));
        return Model.Assess(report, child).All(f => f.Kind == EvidenceKind.Dates ? f.LikelihoodRatio is 0 or 1 : f.LikelihoodRatio is >= 0.01 and <= 100);
    }
}
