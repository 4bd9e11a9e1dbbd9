namespace Homeward.Data.Cases;

/// <summary>A police operation as entered.</summary>
/// <param name="Code">The operation's pseudonymous code (letters, digits, '-', '_', '.'; unique).</param>
/// <param name="Name">A short description (the code name stays with the police).</param>
/// <param name="StartedOn">The day of the operation (or its start); required.</param>
/// <param name="Provinces">The provincial units involved, by Chinese name or pinyin; at least one.</param>
/// <param name="Arrests">The number of arrests (≥ 0).</param>
/// <param name="Rings">Ids of the trafficking rings (Intel ring ids), if known.</param>
public sealed record OperationInput(string Code, string? Name, DateOnly? StartedOn, IReadOnlyList<string> Provinces, int Arrests, IReadOnlyList<string> Rings);
