using Homeward.Kinship;

namespace Homeward.Data.Intel;

/// <summary>The outcome of a load: posts added and replaced, flagged and rings in the stored set, or the errors
/// (<c>file:line</c>) that stopped it (nothing is then stored).</summary>
public sealed record PostLoadSummary(int Added, int Replaced, int Flagged, int Rings, IReadOnlyList<InputError> Errors)
{
    /// <summary>Whether the load was stored.</summary>
    public bool Succeeded => Errors.Count == 0;
}
