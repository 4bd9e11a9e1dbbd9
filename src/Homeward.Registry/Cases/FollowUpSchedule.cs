using System.Collections.Immutable;
using Homeward.Kinship;

namespace Homeward.Registry.Cases;

/// <summary>
/// When follow-up visits fall due after a reunion, in months after the reunion day. The default,
/// 1, 3, 6, 12 and 24 months, follows the family-tracing practice of frequent visits in the first
/// months and yearly ones later (Primero/CPIMS+ leaves the schedule to the programme); configurable.
/// </summary>
public sealed class FollowUpSchedule
{
    private FollowUpSchedule(ImmutableArray<int> months) => Months = months;

    /// <summary>1, 3, 6, 12 and 24 months.</summary>
    public static FollowUpSchedule Default { get; } = new([1, 3, 6, 12, 24]);

    /// <summary>The months after the reunion, strictly increasing.</summary>
    public ImmutableArray<int> Months { get; }

    /// <summary>A schedule of strictly increasing months, each 1–120.</summary>
    public static Result<FollowUpSchedule> Create(IEnumerable<int> months)
    {
        ArgumentNullException.ThrowIfNull(months);
        var list = months.ToImmutableArray();
        return new Validation("followUpSchedule")
            .Require(list.Length > 0, "months", "at least one visit")
            .Require(list.All(m => m is >= 1 and <= 120), "months", "each must be 1–120 months")
            .Require(list.Zip(list.Skip(1)).All(p => p.First < p.Second), "months", "must be strictly increasing")
            .Build(() => new FollowUpSchedule(list));
    }

    /// <summary>The due dates after a reunion (day-of-month clamped: 31 Jan + 1 month = 28/29 Feb).</summary>
    public ImmutableArray<DateOnly> DueDates(DateOnly reunitedOn) => [.. Months.Select(reunitedOn.AddMonths)];

    /// <summary>The visits of a reunion, all still due.</summary>
    public ImmutableArray<FollowUpVisit> Plan(DateOnly reunitedOn) => [.. DueDates(reunitedOn).Select(FollowUpVisit.Due)];
}
