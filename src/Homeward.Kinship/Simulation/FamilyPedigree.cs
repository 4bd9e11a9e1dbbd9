using System.Collections.Immutable;
using System.Globalization;

namespace Homeward.Kinship.Simulation;

/// <summary>
/// The pedigree around a missing child X for one family shape, as <see cref="ReportPedigree"/>
/// defines it for every report (the search scores exactly this hypothesis H1), with the sexes the
/// roles leave open drawn at random: X first, then the donors in role order.
/// </summary>
internal sealed class FamilyPedigree
{
    public const string MissingChildId = ReportPedigree.MissingChildId;

    private FamilyPedigree(Pedigree pedigree, ImmutableArray<(string Id, FamilyRole Role)> typed, int missingChild)
    {
        Pedigree = pedigree;
        Typed = typed;
        MissingChild = missingChild;
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
        var donors = new List<(string Id, FamilyRole Role, Sex Sex)>();
        var counters = new Dictionary<FamilyRole, int>();
        foreach (var role in shape.Roles)
        {
            counters[role] = counters.GetValueOrDefault(role) + 1;
            var id = role.Name() + counters[role].ToString(CultureInfo.InvariantCulture);
            donors.Add((id, role, role.ImpliedSex() ?? RandomSex(random)));
        }

        // The one definition of the pedigree a report implies, shared with the search.
        var built = ReportPedigree.Build("family", donors, childSex);
        if (!built.IsSuccess)
        {
            throw new InvalidOperationException("Family pedigree is invalid: " + string.Join("; ", built.Errors));
        }

        var pedigree = built.Value;
        return new FamilyPedigree(pedigree.Pedigree, [.. donors.Select(d => (d.Id, d.Role))], pedigree.MissingChild);
    }

    private static Sex RandomSex(SimulationRandom random) => random.NextBool() ? Sex.Male : Sex.Female;
}
