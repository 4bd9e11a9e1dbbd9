namespace Homeward.Search;

/// <summary>
/// The best K hits seen so far (a min-heap on LR), with ties broken by report id so that results do
/// not depend on scan order or thread count.
/// </summary>
internal sealed class TopCandidates(int capacity)
{
    private readonly PriorityQueue<Hit, Hit> _heap = new(HitOrder.Instance);

    public int Count => _heap.Count;

    /// <summary>
    /// The LR a new hit must reach to be kept: the minimum given, or, once K hits are held, the K-th
    /// best (a hit equal to it may still win on report id).
    /// </summary>
    public double Floor(double minimumLr) =>
        capacity == 0 ? double.PositiveInfinity : _heap.Count < capacity ? minimumLr : Math.Max(minimumLr, _heap.Peek().Lr);

    public void Offer(double lr, Func<string> report, IReadOnlyList<string> relatives)
    {
        if (capacity == 0)
        {
            return;
        }

        if (_heap.Count < capacity)
        {
            var hit = new Hit(lr, report(), relatives);
            _heap.Enqueue(hit, hit);
            return;
        }

        var worst = _heap.Peek();
        if (lr < worst.Lr)
        {
            return;
        }

        var candidate = new Hit(lr, report(), relatives);
        if (HitOrder.Instance.Compare(candidate, worst) > 0)
        {
            _heap.DequeueEnqueue(candidate, candidate);
        }
    }

    public void Merge(TopCandidates other)
    {
        foreach (var (hit, _) in other._heap.UnorderedItems)
        {
            Offer(hit.Lr, () => hit.Report, hit.Relatives);
        }
    }

    public List<Candidate> Best() =>
        [.. _heap.UnorderedItems
            .Select(e => e.Element)
            .OrderByDescending(h => h, HitOrder.Instance)
            .Select(h => new Candidate(h.Report, h.Lr, h.Relatives))];

    internal sealed record Hit(double Lr, string Report, IReadOnlyList<string> Relatives);

    /// <summary>Better = higher LR, then smaller report id.</summary>
    private sealed class HitOrder : IComparer<Hit>
    {
        public static readonly HitOrder Instance = new();

        public int Compare(Hit? x, Hit? y)
        {
            var byLr = x!.Lr.CompareTo(y!.Lr);
            return byLr != 0 ? byLr : string.CompareOrdinal(y.Report, x.Report);
        }
    }
}
