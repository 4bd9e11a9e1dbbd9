namespace Homeward.Data.Cases;

/// <summary>A report in a list.</summary>
/// <param name="Code">Report code.</param>
/// <param name="Name">The missing child's name as written.</param>
/// <param name="NameRomanised">The name in pinyin.</param>
/// <param name="ReportedOn">When reported.</param>
/// <param name="LastSeenOn">When last seen.</param>
/// <param name="LastSeenPlace">Where last seen.</param>
/// <param name="Donors">How many relatives gave samples.</param>
public sealed record ReportSummary(string Code, string? Name, string? NameRomanised, DateOnly? ReportedOn, DateOnly? LastSeenOn, string? LastSeenPlace, int Donors);

/// <summary>A found child in a list.</summary>
/// <param name="Code">Code.</param>
/// <param name="Name">Name as written, when known.</param>
/// <param name="NameRomanised">Name in pinyin, when known.</param>
/// <param name="Sex">M, F or U.</param>
/// <param name="FoundOn">When found.</param>
/// <param name="EstimatedBirthYear">Estimated year of birth.</param>
/// <param name="Institution">Caring institution.</param>
public sealed record FoundChildSummary(string Code, string? Name, string? NameRomanised, string Sex, DateOnly? FoundOn, int? EstimatedBirthYear, string? Institution);

/// <summary>One page of a list and the size of the whole.</summary>
/// <typeparam name="T">The item type.</typeparam>
/// <param name="Items">The page's items.</param>
/// <param name="Total">How many items match in all.</param>
/// <param name="Page">The page number, from 1.</param>
/// <param name="PageSize">Items per page.</param>
public sealed record CasePage<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize)
{
    /// <summary>The number of pages (at least 1).</summary>
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
