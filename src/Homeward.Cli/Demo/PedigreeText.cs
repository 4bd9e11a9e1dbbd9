using Homeward.Kinship;

namespace Homeward.Cli.Demo;

/// <summary>A pedigree in one line: each person with sex, whether typed, and parents.</summary>
internal static class PedigreeText
{
    public static string Describe(Pedigree pedigree, ICollection<string> typed) =>
        string.Join("; ", pedigree.Persons.Select((p, i) =>
        {
            var what = $"{p.Id} ({SexText(p.Sex)}, {(typed.Contains(p.Id) ? "typed" : "untyped")})";
            return pedigree.Fathers[i] < 0 ? what : $"{what} child of {p.Father} and {p.Mother}";
        }));

    /// <summary>
    /// Whether the question is parentage: H1 makes a typed person the parent of another typed
    /// person and H2 does not. That is the question the thresholds of GB/T 37223-2018 are written for.
    /// </summary>
    public static bool IsParentage(Pedigree h1, Pedigree h2, ICollection<string> typed)
    {
        return h1.Persons.Any(p => Asserted(p, p.Father) || Asserted(p, p.Mother));

        bool Asserted(PersonSpec child, string? parent) =>
            parent is not null && typed.Contains(child.Id) && typed.Contains(parent) && !Parents(h2, child.Id).Contains(parent);
    }

    private static string?[] Parents(Pedigree pedigree, string id) =>
        pedigree.IndexOf(id) is var i and >= 0 ? [pedigree.Persons[i].Father, pedigree.Persons[i].Mother] : [];

    private static string SexText(Sex sex) => sex switch
    {
        Sex.Male => "male",
        Sex.Female => "female",
        _ => "sex unknown",
    };
}
