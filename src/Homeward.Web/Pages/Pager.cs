namespace Homeward.Web.Pages;

/// <summary>Links to the pages of a list, keeping its search text.</summary>
/// <param name="Path">The list's path.</param>
/// <param name="Query">The search text, or null.</param>
/// <param name="Page">The current page.</param>
/// <param name="Pages">How many pages.</param>
public sealed record Pager(string Path, string? Query, int Page, int Pages)
{
    /// <summary>The address of page <paramref name="page"/>.</summary>
    public string Link(int page) =>
        string.IsNullOrEmpty(Query) ? $"{Path}{(Path.Contains('?', StringComparison.Ordinal) ? '&' : '?')}p={page}" : $"{Path}?q={Uri.EscapeDataString(Query)}&p={page}";
}
