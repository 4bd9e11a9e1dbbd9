using System.Collections.Immutable;

namespace Homeward.Kinship.Tests.Properties;

/// <summary>Changes to a pedigree that must not change the likelihood of its typed persons.</summary>
internal static class PedigreeEdits
{
    public static ImmutableArray<PersonSpec> Shuffle(ImmutableArray<PersonSpec> persons, Random random)
    {
        var array = persons.ToArray();
        random.Shuffle(array);
        return [.. array];
    }

    /// <summary>Inserts an untyped founder with no relatives somewhere in the list.</summary>
    public static ImmutableArray<PersonSpec> AddStranger(ImmutableArray<PersonSpec> persons, Random random) =>
        persons.Insert(random.Next(persons.Length + 1), new PersonSpec("Stranger", RandomSex(random)));

    /// <summary>
    /// Adds one to three untyped persons below the pedigree: a child of an existing couple or of two
    /// persons in different branches, or a child of an existing person with a new untyped spouse;
    /// later additions may descend from earlier ones. Each is inserted at a random position.
    /// </summary>
    public static ImmutableArray<PersonSpec> AddUntypedDescendants(ImmutableArray<PersonSpec> persons, Random random)
    {
        var count = random.Next(1, 4);
        for (var k = 1; k <= count; k++)
        {
            var couples = PedigreeGenerator.AllowedCouples(persons);
            var parents = persons.Where(p => p.Sex != Sex.Unknown).ToList();
            var child = new PersonSpec($"Descendant{k}", RandomSex(random));
            if (couples.Count > 0 && (parents.Count == 0 || random.Next(2) == 0))
            {
                var (father, mother) = couples[random.Next(couples.Count)];
                persons = Insert(persons, child with { Father = father, Mother = mother }, random);
            }
            else if (parents.Count > 0)
            {
                var parent = parents[random.Next(parents.Count)];
                var spouse = new PersonSpec($"Spouse{k}", parent.Sex == Sex.Male ? Sex.Female : Sex.Male);
                persons = Insert(persons, spouse, random);
                persons = Insert(
                    persons,
                    parent.Sex == Sex.Male ? child with { Father = parent.Id, Mother = spouse.Id } : child with { Father = spouse.Id, Mother = parent.Id },
                    random);
            }
        }

        return persons;
    }

    private static ImmutableArray<PersonSpec> Insert(ImmutableArray<PersonSpec> persons, PersonSpec person, Random random) =>
        persons.Insert(random.Next(persons.Length + 1), person);

    private static Sex RandomSex(Random random) => (Sex)random.Next(3);
}
