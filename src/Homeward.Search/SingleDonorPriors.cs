using Homeward.Kinship;

namespace Homeward.Search;

/// <summary>
/// The donor's part of H2 for single-donor reports: per role and marker, P(donor = g) in the role's
/// pedigree with nobody typed. It does not depend on the query, so it is computed once per index and
/// divided out of each query's tables. It is the Hardy–Weinberg probability for a founder (parent,
/// grandparent), and for a sibling, half sibling or child of the missing person too unless a mutation
/// model changes what untyped founders transmit ((p·M) instead of p).
/// </summary>
internal static class SingleDonorPriors
{
    /// <summary>The priors of each role, keyed by (role, <see cref="KeySex"/>).</summary>
    public static Dictionary<(FamilyRole Role, Sex Sex), double[][]> Build(MarkerPanel panel, IEnumerable<FamilyRole> roles)
    {
        var result = new Dictionary<(FamilyRole Role, Sex Sex), double[][]>();
        foreach (var role in roles)
        {
            foreach (var sex in role == FamilyRole.Child ? new[] { Sex.Male, Sex.Female } : [Sex.Unknown])
            {
                var pedigree = QueryTables.PedigreeFor(role, sex);
                var typed = new int[pedigree.Pedigree.Count];
                Array.Fill(typed, -1);
                result[(role, sex)] = [.. panel.Markers.Select(marker => PedigreeMarginals.Joint(pedigree.Pedigree, marker, typed, pedigree.DonorIndices[0]))];
            }
        }

        return result;
    }

    /// <summary>The missing child's sex matters only when the donor is the missing child's child.</summary>
    public static Sex KeySex(FamilyRole role, Sex querySex) => role == FamilyRole.Child ? querySex : Sex.Unknown;
}
