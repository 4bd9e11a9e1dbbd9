namespace Homeward.Intel.Templates;

/// <summary>
/// What the posts of one near-duplicate cluster share: the template text with numbered slots
/// (<c>{1}</c>, <c>{2}</c>…) where the posts differ, entity type tokens such as <c>[phone]</c> where each
/// post has its own entity of that type, and digits shown as 0.
/// </summary>
/// <param name="Text">The template.</param>
/// <param name="Slots">The distinct fillers seen in each slot, in slot order (at most a few per slot).</param>
/// <param name="Sampled">How many posts of the cluster the template was built from.</param>
public sealed record Template(string Text, IReadOnlyList<IReadOnlyList<string>> Slots, int Sampled);
