namespace Homeward.Kinship.Relationships;

/// <summary>Where one marker's (G+1)×(G+1) table starts in a flat array, and its side G + 1.</summary>
/// <param name="Offset">The index of entry (0, 0).</param>
/// <param name="Stride">G + 1; the last index, G, stands for "untyped".</param>
internal readonly record struct TableSlot(int Offset, int Stride);
