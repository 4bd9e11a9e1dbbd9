using System.Collections.Immutable;

namespace Homeward.Kinship.Simulation.Evaluation;

/// <summary>
/// The explicit pedigree H1 of a relationship and which of its persons are typed; H2 is the typed
/// persons as unrelated founders. True cases are simulated on H1, unrelated ones on H2.
/// </summary>
internal sealed class RelationshipPedigree
{
    private RelationshipPedigree(Pedigree h1, ImmutableArray<string> typed)
    {
        H1 = h1;
        Typed = typed;
        H2 = Pedigree.Unrelated(typed.Select(id => h1.Persons[h1.IndexOf(id)]));
    }

    public Pedigree H1 { get; }

    public Pedigree H2 { get; }

    public ImmutableArray<string> Typed { get; }

    public static RelationshipPedigree For(Relationship relationship)
    {
        const Sex M = Sex.Male;
        const Sex F = Sex.Female;
        var (persons, typed) = relationship switch
        {
            Relationship.ParentChild => (
                new PersonSpec[] { new("AF", M), new("MO", F), new("CH", M, "AF", "MO") },
                new[] { "AF", "CH" }),
            Relationship.FullSiblings => (
                [new("FA", M), new("MO", F), new("S1", M, "FA", "MO"), new("S2", M, "FA", "MO")],
                ["S1", "S2"]),
            Relationship.HalfSiblings => (
                [new("FA", M), new("M1", F), new("M2", F), new("S1", M, "FA", "M1"), new("S2", M, "FA", "M2")],
                ["S1", "S2"]),
            Relationship.Grandparent => (
                [new("GF", M), new("GM", F), new("FA", M, "GF", "GM"), new("MO", F), new("CH", M, "FA", "MO")],
                ["GF", "CH"]),
            Relationship.Avuncular => (
                [new("GF", M), new("GM", F), new("UN", M, "GF", "GM"), new("FA", M, "GF", "GM"), new("MO", F), new("CH", M, "FA", "MO")],
                ["UN", "CH"]),
            Relationship.FirstCousins => (
                [new("GF", M), new("GM", F), new("F1", M, "GF", "GM"), new("F2", M, "GF", "GM"), new("M1", F), new("M2", F),
                 new("C1", M, "F1", "M1"), new("C2", M, "F2", "M2")],
                ["C1", "C2"]),
            Relationship.Trio => (
                [new("AF", M), new("MO", F), new("CH", M, "AF", "MO")],
                ["AF", "MO", "CH"]),
            _ => throw new ArgumentOutOfRangeException(nameof(relationship), relationship, "not a relationship"),
        };

        return new RelationshipPedigree(Pedigree.Create(persons, Relationships.ToText(relationship)).Value, [.. typed]);
    }
}
