namespace Homeward.Search.JsonLines;

/// <summary>One entry of a profile line's <c>loci</c> object, as read.</summary>
/// <param name="Name">The marker's name, as given.</param>
/// <param name="Value">Its value (an array when the genotype has the right shape).</param>
/// <param name="Count">The array's length (0 when it is not an array).</param>
/// <param name="First">The first element, when there is one.</param>
/// <param name="Second">The second element, when there is one.</param>
public readonly record struct JsonLineMarker(string Name, JsonLineValue Value, int Count, JsonLineValue First, JsonLineValue Second);
