namespace Homeward.Data.Cases;

/// <summary>For the dashboard: how many children an operation rescued are still in care without a typed sample.</summary>
/// <param name="Code">The operation's code.</param>
/// <param name="Children">Its children with no typed sample and no reunited match.</param>
public sealed record OperationWithoutDna(string Code, int Children);
