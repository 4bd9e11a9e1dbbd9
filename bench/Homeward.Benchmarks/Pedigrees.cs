using Homeward.Kinship;

namespace Homeward.Benchmarks;

/// <summary>The pedigrees of the general-engine benchmarks.</summary>
internal static class Pedigrees
{
    /// <summary>Alleged father AF, untyped mother MO, child CH.</summary>
    public static Pedigree ParentChild { get; } = Create(
        new("AF", Sex.Male), new("MO", Sex.Female), new("CH", Sex.Female, "AF", "MO"));

    /// <summary>Father FA, mother MO, child CH.</summary>
    public static Pedigree Trio { get; } = Create(
        new("FA", Sex.Male), new("MO", Sex.Female), new("CH", Sex.Female, "FA", "MO"));

    /// <summary>
    /// A missing-child family of 10: the missing child MC (typed: the found child), the mother MO,
    /// two full siblings S1 and S2, the maternal grandmother GM and a paternal half sibling HS
    /// typed; the father FA, the maternal grandfather GF, the father's other partner FP and a
    /// maternal aunt MA (declared, not sampled) untyped.
    /// </summary>
    public static Pedigree MissingChildFamily { get; } = Create(
        new("GF", Sex.Male),
        new("GM", Sex.Female),
        new("MO", Sex.Female, "GF", "GM"),
        new("MA", Sex.Female, "GF", "GM"),
        new("FA", Sex.Male),
        new("FP", Sex.Female),
        new("MC", Sex.Male, "FA", "MO"),
        new("S1", Sex.Female, "FA", "MO"),
        new("S2", Sex.Male, "FA", "MO"),
        new("HS", Sex.Male, "FA", "FP"));

    public static readonly string[] MissingChildFamilyTyped = ["GM", "MO", "MC", "S1", "S2", "HS"];

    /// <summary>Four full siblings C1–C4 typed (the missing child among them), both parents untyped.</summary>
    public static Pedigree FourSiblings { get; } = Create(
        new("FA", Sex.Male),
        new("MO", Sex.Female),
        new("C1", Sex.Male, "FA", "MO"),
        new("C2", Sex.Female, "FA", "MO"),
        new("C3", Sex.Male, "FA", "MO"),
        new("C4", Sex.Female, "FA", "MO"));

    public static readonly string[] FourSiblingsTyped = ["C1", "C2", "C3", "C4"];

    private static Pedigree Create(params PersonSpec[] persons) => Pedigree.Create(persons, "benchmark").Value;
}
