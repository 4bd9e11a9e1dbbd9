using Homeward.Kinship.Relationships;

namespace Homeward.Kinship.Tests.Relationships;

/// <summary>
/// The explicit pedigree of each pairwise relationship, persons "A" and "B" plus untyped relatives,
/// for the general engine; and every relationship with every combination of sexes.
/// </summary>
internal static class RelationshipPedigrees
{
    public static IEnumerable<PairwiseRelationship> All()
    {
        Sex[] sexes = [Sex.Male, Sex.Female];
        yield return PairwiseRelationship.FullSiblings;
        foreach (var s in sexes)
        {
            yield return PairwiseRelationship.ParentChild(s);
            yield return PairwiseRelationship.HalfSiblings(s);
            yield return PairwiseRelationship.Avuncular(s);
            foreach (var t in sexes)
            {
                yield return PairwiseRelationship.GrandparentGrandchild(s, t);
                yield return PairwiseRelationship.FirstCousins(s, t);
            }
        }
    }

    public static Pedigree For(PairwiseRelationship relationship)
    {
        var s1 = relationship.FirstSex;
        var s2 = relationship.SecondSex;
        List<PersonSpec> persons = relationship.Kind switch
        {
            PairwiseRelationshipKind.ParentChild =>
                [new("A", s1), new("O", Other(s1)), Child("B", Sex.Female, "A", s1, "O")],
            PairwiseRelationshipKind.FullSiblings =>
                [new("F", Sex.Male), new("M", Sex.Female), new("A", Sex.Male, "F", "M"), new("B", Sex.Female, "F", "M")],
            PairwiseRelationshipKind.HalfSiblings =>
                [new("C", s1), new("O1", Other(s1)), new("O2", Other(s1)), Child("A", Sex.Male, "C", s1, "O1"), Child("B", Sex.Female, "C", s1, "O2")],
            PairwiseRelationshipKind.GrandparentGrandchild =>
                [new("A", s1), new("W", Other(s1)), Child("P", s2, "A", s1, "W"), new("T", Other(s2)), Child("B", Sex.Male, "P", s2, "T")],
            PairwiseRelationshipKind.Avuncular =>
                [new("F", Sex.Male), new("M", Sex.Female), new("A", Sex.Female, "F", "M"), new("P", s1, "F", "M"), new("T", Other(s1)), Child("B", Sex.Male, "P", s1, "T")],
            PairwiseRelationshipKind.FirstCousins =>
                [
                    new("F", Sex.Male), new("M", Sex.Female), new("PA", s1, "F", "M"), new("PB", s2, "F", "M"),
                    new("SA", Other(s1)), new("SB", Other(s2)), Child("A", Sex.Female, "PA", s1, "SA"), Child("B", Sex.Male, "PB", s2, "SB"),
                ],
            _ => throw new ArgumentOutOfRangeException(nameof(relationship)),
        };
        return Pedigree.Create(persons, relationship.ToString()).Value;
    }

    private static Sex Other(Sex sex) => sex == Sex.Male ? Sex.Female : Sex.Male;

    /// <summary>A child of <paramref name="parent"/> (of sex <paramref name="parentSex"/>) and <paramref name="spouse"/>.</summary>
    private static PersonSpec Child(string id, Sex sex, string parent, Sex parentSex, string spouse) =>
        parentSex == Sex.Male ? new(id, sex, parent, spouse) : new(id, sex, spouse, parent);
}
