using System.Collections.Immutable;
using Homeward.Kinship.Tests.Naive;

namespace Homeward.Kinship.Tests.Properties;

/// <summary>
/// Smaller versions of a failing scenario, so that FsCheck reports a minimal counterexample:
/// θ to 0, mutation off, H2 to "typed persons unrelated", childless persons removed, genotypes made
/// homozygous, alleles nobody carries removed. Every candidate is again a valid scenario.
/// </summary>
internal static class ScenarioShrinker
{
    public static IEnumerable<Scenario> Shrink(Scenario s)
    {
        if (s.Theta > 0)
        {
            yield return s with { Theta = 0 };
        }

        if (s.Male.Kind != MutationKind.None)
        {
            yield return s with { Male = MutationSpec.None };
        }

        if (s.Female.Kind != MutationKind.None)
        {
            yield return s with { Female = MutationSpec.None };
        }

        var unrelated = s.TypedUnrelated();
        if (s.H2.Length != unrelated.Length || s.H2.Any(p => p.Father is not null))
        {
            yield return s with { H2 = unrelated };
        }

        foreach (var p in s.H1.Where(p => !PedigreeGenerator.HasChildren(s.H1, p.Id)))
        {
            if (!s.IsTyped(p.Id))
            {
                yield return s with { H1 = Without(s.H1, p.Id), H2 = Without(s.H2, p.Id) };
            }
            else if (s.Genotypes.Count > 1 && !PedigreeGenerator.HasChildren(s.H2, p.Id))
            {
                yield return s with { H1 = Without(s.H1, p.Id), H2 = Without(s.H2, p.Id), Genotypes = s.Genotypes.Remove(p.Id) };
            }
        }

        foreach (var p in s.H2.Where(p => !s.IsTyped(p.Id) && !PedigreeGenerator.HasChildren(s.H2, p.Id)))
        {
            if (s.H1.All(q => !string.Equals(q.Id, p.Id, StringComparison.Ordinal)))
            {
                yield return s with { H2 = Without(s.H2, p.Id) };
            }
        }

        foreach (var (id, g) in s.Genotypes.Where(kv => !kv.Value.IsHomozygous))
        {
            yield return s with { Genotypes = s.Genotypes.SetItem(id, new Genotype(g.First, g.First)) };
        }

        if (s.Alleles.Length > 2)
        {
            for (var i = 0; i < s.Alleles.Length; i++)
            {
                var allele = s.Alleles[i];
                if (s.Genotypes.Values.All(g => g.First != allele && g.Second != allele))
                {
                    var rest = s.Frequencies.RemoveAt(i);
                    var total = rest.Sum();
                    yield return s with { Alleles = s.Alleles.RemoveAt(i), Frequencies = [.. rest.Select(f => f / total)] };
                }
            }
        }
    }

    private static ImmutableArray<PersonSpec> Without(ImmutableArray<PersonSpec> persons, string id) =>
        [.. persons.Where(p => !string.Equals(p.Id, id, StringComparison.Ordinal))];
}
