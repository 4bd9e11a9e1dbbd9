namespace Homeward.Intel.Learning;

/// <summary>McNemar's exact test of two classifiers on the same items (McNemar 1947; the exact binomial
/// form, e.g. Dietterich 1998): of the items exactly one of them gets right, is the split further from
/// half-and-half than chance allows?</summary>
public static class McNemar
{
    /// <summary>The two-sided exact p-value for <paramref name="onlyFirst"/> items right only by the first
    /// and <paramref name="onlySecond"/> right only by the second (1 when there are none).</summary>
    public static double ExactPValue(int onlyFirst, int onlySecond)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(onlyFirst);
        ArgumentOutOfRangeException.ThrowIfNegative(onlySecond);
        var n = onlyFirst + onlySecond;
        var k = Math.Min(onlyFirst, onlySecond);
        if (n == 0)
        {
            return 1;
        }

        // P(X ≤ k) for X ~ Binomial(n, 1/2), doubled; the terms in log space to stay finite for large n.
        var tail = 0.0;
        for (var i = 0; i <= k; i++)
        {
            tail += Math.Exp(LogChoose(n, i) - (n * Math.Log(2)));
        }

        return Math.Min(1, 2 * tail);
    }

    private static double LogChoose(int n, int k)
    {
        var sum = 0.0;
        for (var i = 1; i <= k; i++)
        {
            sum += Math.Log(n - k + i) - Math.Log(i);
        }

        return sum;
    }
}
