using Homeward.Kinship;

namespace Homeward.Registry.Reporting;

/// <summary>One person of a <see cref="PedigreeLayout"/>.</summary>
/// <param name="Person">The index in the pedigree.</param>
/// <param name="Id">The id in the pedigree.</param>
/// <param name="Label">What to write under the symbol.</param>
/// <param name="Sex">Square, circle or diamond.</param>
/// <param name="Generation">The row, 0 at the top.</param>
/// <param name="Slot">The horizontal position in slots (may be a half slot when a row is centred).</param>
/// <param name="Typed">Whether the person has a DNA profile.</param>
/// <param name="IsMissingChild">Whether this is the missing child (the found child under H1).</param>
public sealed record PedigreeNode(int Person, string Id, string Label, Sex Sex, int Generation, double Slot, bool Typed, bool IsMissingChild);
