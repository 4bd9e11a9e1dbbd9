namespace Homeward.Kinship.Relationships;

/// <summary>
/// Small dense row-major n×n matrices and n-vectors, for the one-off precomputation of the fast
/// paths (never on a hot path: every operation allocates its result).
/// </summary>
internal static class SquareMatrix
{
    public static double[] Identity(int n)
    {
        var m = new double[n * n];
        for (var i = 0; i < n; i++)
        {
            m[(i * n) + i] = 1;
        }

        return m;
    }

    /// <summary>A · B.</summary>
    public static double[] Multiply(double[] a, double[] b, int n)
    {
        var result = new double[n * n];
        for (var i = 0; i < n; i++)
        {
            var row = result.AsSpan(i * n, n);
            for (var k = 0; k < n; k++)
            {
                var aik = a[(i * n) + k];
                var bk = b.AsSpan(k * n, n);
                for (var j = 0; j < n; j++)
                {
                    row[j] += aik * bk[j];
                }
            }
        }

        return result;
    }

    /// <summary>Aᵀ · B.</summary>
    public static double[] TransposeMultiply(double[] a, double[] b, int n)
    {
        var result = new double[n * n];
        for (var k = 0; k < n; k++)
        {
            var bk = b.AsSpan(k * n, n);
            for (var i = 0; i < n; i++)
            {
                var aki = a[(k * n) + i];
                var row = result.AsSpan(i * n, n);
                for (var j = 0; j < n; j++)
                {
                    row[j] += aki * bk[j];
                }
            }
        }

        return result;
    }

    /// <summary>The row vector v · A.</summary>
    public static double[] LeftMultiply(double[] v, double[] a, int n)
    {
        var result = new double[n];
        for (var i = 0; i < n; i++)
        {
            var vi = v[i];
            var ai = a.AsSpan(i * n, n);
            for (var j = 0; j < n; j++)
            {
                result[j] += vi * ai[j];
            }
        }

        return result;
    }

    /// <summary>A · 1: the sum of each row.</summary>
    public static double[] RowSums(double[] a, int n)
    {
        var result = new double[n];
        for (var i = 0; i < n; i++)
        {
            var sum = 0.0;
            foreach (var x in a.AsSpan(i * n, n))
            {
                sum += x;
            }

            result[i] = sum;
        }

        return result;
    }

    /// <summary>The outer product u vᵀ scaled by c.</summary>
    public static double[] Outer(double[] u, double[] v, double c)
    {
        var n = u.Length;
        var result = new double[n * n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                result[(i * n) + j] = c * u[i] * v[j];
            }
        }

        return result;
    }

    /// <summary>diag(d) · A: row i scaled by d[i].</summary>
    public static double[] ScaleRows(double[] d, double[] a, int n)
    {
        var result = new double[n * n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                result[(i * n) + j] = d[i] * a[(i * n) + j];
            }
        }

        return result;
    }

    /// <summary>α·A + β·B.</summary>
    public static double[] Combine(double alpha, double[] a, double beta, double[] b)
    {
        var result = new double[a.Length];
        for (var i = 0; i < a.Length; i++)
        {
            result[i] = (alpha * a[i]) + (beta * b[i]);
        }

        return result;
    }

    /// <summary>c·v.</summary>
    public static double[] Scale(double c, double[] v)
    {
        var result = new double[v.Length];
        for (var i = 0; i < v.Length; i++)
        {
            result[i] = c * v[i];
        }

        return result;
    }

    public static double Sum(double[] v)
    {
        var sum = 0.0;
        foreach (var x in v)
        {
            sum += x;
        }

        return sum;
    }
}
