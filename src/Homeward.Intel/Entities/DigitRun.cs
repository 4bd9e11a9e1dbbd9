namespace Homeward.Intel.Entities;

/// <summary>A run of digits in the normalised text, possibly with separators, a leading '+' and a
/// trailing 'x' (the check character of an identity number).</summary>
/// <param name="Start">Start in the normalised text ('+' included).</param>
/// <param name="End">End (exclusive) in the normalised text.</param>
/// <param name="Digits">The digits only (with the trailing x when present).</param>
/// <param name="HasPlus">Whether a '+' precedes the digits.</param>
/// <param name="Groups">How many digits each separated group holds.</param>
/// <param name="Separators">The distinct separator characters used.</param>
internal sealed record DigitRun(int Start, int End, string Digits, bool HasPlus, IReadOnlyList<int> Groups, string Separators);
