namespace Homeward.Data.Registry;

/// <summary>Timestamps between the domain (<see cref="DateTimeOffset"/>) and the columns (UTC <see cref="DateTime"/>).</summary>
internal static class Utc
{
    public static DateTime Column(DateTimeOffset at) => at.UtcDateTime;

    public static DateTimeOffset Domain(DateTime at) => new(DateTime.SpecifyKind(at, DateTimeKind.Utc));
}
