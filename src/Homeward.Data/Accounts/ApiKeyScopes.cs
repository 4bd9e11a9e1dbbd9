namespace Homeward.Data.Accounts;

/// <summary>What an API key may do.</summary>
public static class ApiKeyScopes
{
    /// <summary>Submit profiles (<c>POST /api/v1/profiles</c>).</summary>
    public const string ProfilesWrite = "profiles:write";

    /// <summary>Read cases (reports and found children) over the API.</summary>
    public const string CasesRead = "cases:read";

    /// <summary>Every scope there is.</summary>
    public static IReadOnlyList<string> All { get; } = [ProfilesWrite, CasesRead];
}
