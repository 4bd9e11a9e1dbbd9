using System.Collections.Frozen;
using Homeward.Kinship;

namespace Homeward.Registry.Cases;

/// <summary>
/// The STR genotypes of a sample, under the sample's pseudonymous code only: genotypes are kept apart
/// from names (identification-only index, DESIGN.md §6).
/// </summary>
public sealed class GeneticProfile
{
    private GeneticProfile(string sampleCode, IReadOnlyDictionary<string, Genotype> loci)
    {
        SampleCode = sampleCode;
        Loci = loci;
    }

    /// <summary>The sample code.</summary>
    public string SampleCode { get; }

    /// <summary>Marker name → genotype.</summary>
    public IReadOnlyDictionary<string, Genotype> Loci { get; }

    /// <summary>Creates a profile; at least one marker.</summary>
    public static Result<GeneticProfile> Create(string sampleCode, IReadOnlyDictionary<string, Genotype> loci)
    {
        ArgumentNullException.ThrowIfNull(loci);
        return new Validation($"profile {sampleCode}")
            .RequireId(sampleCode, "sampleCode")
            .Require(loci.Count > 0, "loci", "a profile needs at least one marker")
            .Build(() => new GeneticProfile(sampleCode, loci.ToFrozenDictionary(StringComparer.Ordinal)));
    }
}
