using System.Collections.Immutable;
using System.Globalization;

namespace Homeward.Kinship.Simulation;

/// <summary>
/// The pedigree around a missing child X for one family shape: X's father F and mother M (always
/// present, typed or not, as the links), their parents when a grandparent is typed, full siblings
/// (children of F and M), maternal half siblings with their own fathers, paternal half siblings with
/// their own mothers, and children of X with one partner. The pedigree is loop-free and is the
/// hypothesis H1 "X belongs to this family".
/// </summary>
internal sealed class FamilyPedigree
{
    public const string MissingChildId = "X";

    private FamilyPedigree(Pedigree pedigree, ImmutableArray<(string Id, FamilyRole Role)> typed)
    {
        Pedigree = pedigree;
        Typed = typed;
        MissingChild = pedigree.IndexOf(MissingChildId);
    }

    public Pedigree Pedigree { get; }

    /// <summary>The typed relatives (the reference persons), in the order of the shape's roles.</summary>
    public ImmutableArray<(string Id, FamilyRole Role)> Typed { get; }

    /// <summary>The index of X in <see cref="Pedigree"/>.</summary>
    public int MissingChild { get; }

    /// <summary>
    /// Builds the pedigree; persons whose sex the role leaves open (X, siblings, children) get a
    /// random sex from <paramref name="random"/>, drawn X first, then in role order.
    /// </summary>
    public static FamilyPedigree Build(FamilyShape shape, SimulationRandom random)
    {
        var childSex = RandomSex(random);
        var persons = new List<PersonSpec>();
        var typed = new List<(string, FamilyRole)>();
        var paternalGrandparents = shape.Count(FamilyRole.PaternalGrandfather) + shape.Count(FamilyRole.PaternalGrandmother) > 0;
        var maternalGrandparents = shape.Count(FamilyRole.MaternalGrandfather) + shape.Count(FamilyRole.MaternalGrandmother) > 0;
        if (paternalGrandparents)
        {
            persons.Add(new PersonSpec("PGF", Sex.Male));
            persons.Add(new PersonSpec("PGM", Sex.Female));
        }

        if (maternalGrandparents)
        {
            persons.Add(new PersonSpec("MGF", Sex.Male));
            persons.Add(new PersonSpec("MGM", Sex.Female));
        }

        persons.Add(paternalGrandparents ? new PersonSpec("F", Sex.Male, "PGF", "PGM") : new PersonSpec("F", Sex.Male));
        persons.Add(maternalGrandparents ? new PersonSpec("M", Sex.Female, "MGF", "MGM") : new PersonSpec("M", Sex.Female));
        persons.Add(new PersonSpec(MissingChildId, childSex, "F", "M"));
        var partnerAdded = false;
        var counters = new Dictionary<FamilyRole, int>();
        foreach (var role in shape.Roles)
        {
            counters[role] = counters.GetValueOrDefault(role) + 1;
            var k = counters[role].ToString(CultureInfo.InvariantCulture);
            switch (role)
            {
                case FamilyRole.Father:
                    typed.Add(("F", role));
                    break;
                case FamilyRole.Mother:
                    typed.Add(("M", role));
                    break;
                case FamilyRole.PaternalGrandfather:
                    typed.Add(("PGF", role));
                    break;
                case FamilyRole.PaternalGrandmother:
                    typed.Add(("PGM", role));
                    break;
                case FamilyRole.MaternalGrandfather:
                    typed.Add(("MGF", role));
                    break;
                case FamilyRole.MaternalGrandmother:
                    typed.Add(("MGM", role));
                    break;
                case FamilyRole.FullSibling:
                    persons.Add(new PersonSpec("FS" + k, RandomSex(random), "F", "M"));
                    typed.Add(("FS" + k, role));
                    break;
                case FamilyRole.MaternalHalfSibling:
                    persons.Add(new PersonSpec("HF" + k, Sex.Male));
                    persons.Add(new PersonSpec("MHS" + k, RandomSex(random), "HF" + k, "M"));
                    typed.Add(("MHS" + k, role));
                    break;
                case FamilyRole.PaternalHalfSibling:
                    persons.Add(new PersonSpec("HM" + k, Sex.Female));
                    persons.Add(new PersonSpec("PHS" + k, RandomSex(random), "F", "HM" + k));
                    typed.Add(("PHS" + k, role));
                    break;
                case FamilyRole.Child:
                    if (!partnerAdded)
                    {
                        persons.Add(new PersonSpec("P", childSex == Sex.Male ? Sex.Female : Sex.Male));
                        partnerAdded = true;
                    }

                    persons.Add(childSex == Sex.Male
                        ? new PersonSpec("C" + k, RandomSex(random), MissingChildId, "P")
                        : new PersonSpec("C" + k, RandomSex(random), "P", MissingChildId));
                    typed.Add(("C" + k, role));
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(shape), role, "unknown role");
            }
        }

        var pedigree = Pedigree.Create(persons, "family");
        if (!pedigree.IsSuccess)
        {
            throw new InvalidOperationException("Family pedigree is invalid: " + string.Join("; ", pedigree.Errors));
        }

        return new FamilyPedigree(pedigree.Value, [.. typed]);
    }

    private static Sex RandomSex(SimulationRandom random) => random.NextBool() ? Sex.Male : Sex.Female;
}
