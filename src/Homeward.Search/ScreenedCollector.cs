namespace Homeward.Search;

/// <summary>
/// Collects, during a float32 screening scan, every donor that could be in the exact top K with
/// LR ≥ the minimum. With δ the screening error bound (|float sum − exact log10| ≤ δ) and s* the
/// K-th largest float sum, the K donors with sum ≥ s* have exact log ≥ s* − δ, so every donor of
/// the exact top K has sum ≥ s* − 2δ. The K-th largest sum seen so far never exceeds the final s*,
/// so filtering by it (less 2 · <see cref="ScoreKernels.ScreeningMargin"/>, with margin > δ) keeps a
/// superset; the exact products of that band then decide.
/// </summary>
internal sealed class ScreenedCollector(int top, float logMinimum)
{
    private readonly PriorityQueue<float, float> _bestSums = new();
    private readonly List<(float Sum, int Id)> _band = [];

    public float Threshold { get; private set; } = logMinimum - ScoreKernels.ScreeningMargin;

    public IReadOnlyList<(float Sum, int Id)> Band => _band;

    public void Offer(float sum, int id)
    {
        if (sum < Threshold)
        {
            return;
        }

        _band.Add((sum, id));
        if (top <= 0 || top == int.MaxValue)
        {
            return;
        }

        if (_bestSums.Count < top)
        {
            _bestSums.Enqueue(sum, sum);
        }
        else if (sum > _bestSums.Peek())
        {
            _bestSums.DequeueEnqueue(sum, sum);
        }

        if (_bestSums.Count == top)
        {
            var raised = Math.Max(logMinimum - ScoreKernels.ScreeningMargin, _bestSums.Peek() - (2 * ScoreKernels.ScreeningMargin));
            if (raised > Threshold)
            {
                Threshold = raised;
                if (_band.Count > 4 * top + 1024)
                {
                    _band.RemoveAll(x => x.Sum < Threshold);
                }
            }
        }
    }
}
