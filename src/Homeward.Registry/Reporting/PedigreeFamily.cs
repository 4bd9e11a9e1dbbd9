namespace Homeward.Registry.Reporting;

/// <summary>A couple of a <see cref="PedigreeLayout"/> and their children (pedigree indices).</summary>
/// <param name="Father">The father.</param>
/// <param name="Mother">The mother.</param>
/// <param name="Children">Their children, in pedigree order.</param>
public sealed record PedigreeFamily(int Father, int Mother, IReadOnlyList<int> Children);
