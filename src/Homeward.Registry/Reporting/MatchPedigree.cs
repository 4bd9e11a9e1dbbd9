using Homeward.Registry.Cases;
using Homeward.Kinship;

namespace Homeward.Registry.Reporting;

/// <summary>
/// The pedigree of H1 of a match laid out for drawing: the report's typed relatives marked, the found
/// child placed as the missing child, and the untyped persons who connect them. Labels name each person
/// by role; a relative's name is written only when <c>names</c> says the reader may see it, else the
/// sample code. Shared by the match reports and the web application's match review.
/// </summary>
public static class MatchPedigree
{
    private static readonly Dictionary<string, string> UntypedLabels = new(StringComparer.Ordinal)
    {
        ["~F"] = "father", ["~M"] = "mother", ["~MGF"] = "maternal grandfather", ["~MGM"] = "maternal grandmother",
        ["~PGF"] = "paternal grandfather", ["~PGM"] = "paternal grandmother", ["~P"] = "other parent",
    };

    /// <summary>
    /// The layout, or null when the relatives do not make a pedigree. <paramref name="typedDonors"/> are
    /// the relatives with a profile that was searched (each with a sample code); <paramref name="words"/>
    /// translates the English words of the labels (role words, "missing child", "found child", "not
    /// typed", "other parent"); identity when null.
    /// </summary>
    public static PedigreeLayout? Layout(string reportId, FoundChild child, IReadOnlyList<Donor> typedDonors, bool names, Func<string, string>? words = null)
    {
        ArgumentNullException.ThrowIfNull(child);
        ArgumentNullException.ThrowIfNull(typedDonors);
        var w = words ?? (s => s);
        var donors = typedDonors.Where(d => d.SampleCode is not null).ToArray();
        var built = ReportPedigree.Build(reportId, [.. donors.Select(d => (d.SampleCode!, d.Role, d.Sex))], child.Sex);
        if (!built.IsSuccess)
        {
            return null;
        }

        var pedigree = built.Value;
        var byCode = donors.ToDictionary(d => d.SampleCode!, StringComparer.Ordinal);
        string Label(int i)
        {
            var id = pedigree.Pedigree.Persons[i].Id;
            if (i == pedigree.MissingChild)
            {
                return $"{w("missing child")}\n= {w("found child")} {child.Id}";
            }

            if (byCode.TryGetValue(id, out var donor))
            {
                return $"{w(MatchReportBuilder.RoleWords(donor.Role))}\n{(names && donor.Name is { } name ? name.ToString() : id)}";
            }

            return $"{w(UntypedLabels.GetValueOrDefault(id, id.StartsWith("~H", StringComparison.Ordinal) ? "other parent" : id))}\n({w("not typed")})";
        }

        return PedigreeLayout.Create(pedigree.Pedigree, Label, i => byCode.ContainsKey(pedigree.Pedigree.Persons[i].Id), pedigree.MissingChild);
    }
}
