namespace Homeward.Web.Api;

/// <summary>What a profile submission did.</summary>
/// <param name="Created">New profiles.</param>
/// <param name="Updated">Changed profiles.</param>
/// <param name="Unchanged">Profiles already stored as they are.</param>
/// <param name="NewMatches">The ids of the matches the search found at once after the import.</param>
public sealed record ProfilesAccepted(int Created, int Updated, int Unchanged, IReadOnlyList<string> NewMatches);

/// <summary>A found child just recorded.</summary>
/// <param name="Code">Its code.</param>
public sealed record FoundChildCreated(string Code);

/// <summary>One problem of a request: where (<c>request:3: id</c>, a field) and what.</summary>
/// <param name="Place">Where.</param>
/// <param name="Message">What is wrong.</param>
public sealed record ApiError(string Place, string Message);
