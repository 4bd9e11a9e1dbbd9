namespace Homeward.Search;

/// <summary>
/// The exact top K of one query in one scan task, with the integer bound sum a donor needs to be
/// worth an exact product: the smallest sum whose bound reaches the current floor (the minimum LR,
/// or the K-th best exact LR once K are held). Exact LR ≤ 10^(q·sum), so a donor below it cannot enter.
/// </summary>
internal sealed class Pruner(int top, double minimumLr, double scale)
{
    public TopCandidates Best { get; } = new(top);

    public int MinimumSum { get; private set; } = top == 0 ? int.MaxValue : BoundTable.MinimumSum(minimumLr, scale);

    public void Offer(double lr, Func<string> report, IReadOnlyList<string> relatives)
    {
        if (lr < minimumLr)
        {
            return;
        }

        Best.Offer(lr, report, relatives);
        var floor = Best.Floor(minimumLr);
        MinimumSum = double.IsPositiveInfinity(floor) ? int.MaxValue : BoundTable.MinimumSum(floor, scale);
    }
}
