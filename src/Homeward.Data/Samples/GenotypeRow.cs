namespace Homeward.Data.Samples;

/// <summary>One typed marker of a sample.</summary>
/// <param name="Marker">The marker (e.g. <c>D3S1358</c>).</param>
/// <param name="Allele1">The first allele.</param>
/// <param name="Allele2">The second allele (the first again for a homozygote).</param>
public sealed record GenotypeRow(string Marker, string Allele1, string Allele2);
