namespace Homeward.Kinship.Peeling;

/// <summary>
/// Exact pedigree likelihood of one marker by peeling (Elston–Stewart) over the tree of persons
/// and nuclear families of a loop-free pedigree. Messages live in genotype space (G = n(n+1)/2);
/// where a family has at most one other informative child they are computed in allele space
/// (O(n²) instead of O(G²)), using that a parent's transmission vector is the average of two rows
/// of the mutation matrix: <c>t_{a,b} = ½(M[a] + M[b])</c>.
/// </summary>
internal sealed class Peeler
{
    private readonly PedigreeTopology _topology;
    private readonly MarkerSystem _system;
    private readonly int[] _typed;
    private readonly bool[][] _informativeChild;
    private readonly int[] _componentRoots;
    private readonly double[] _hardyWeinberg;
    private int[]? _clamp;

    /// <param name="topology">The pedigree.</param>
    /// <param name="system">The marker.</param>
    /// <param name="typed">Each person's genotype index in <paramref name="system"/>, or -1 if untyped.</param>
    public Peeler(PedigreeTopology topology, MarkerSystem system, int[] typed)
    {
        _topology = topology;
        _system = system;
        _typed = typed;
        _hardyWeinberg = system.HardyWeinberg();
        _informativeChild = new bool[topology.Families.Length][];
        for (var f = 0; f < topology.Families.Length; f++)
        {
            var children = topology.Families[f].Children;
            _informativeChild[f] = new bool[children.Length];
            for (var k = 0; k < children.Length; k++)
            {
                _informativeChild[f][k] = topology.HasTypedBeyond(children[k], f, typed);
            }
        }

        _componentRoots = FindInformativeComponents(topology, typed);
    }

    /// <summary>The number of informative children of a person, over all its families.</summary>
    public int InformativeChildCount(int person)
    {
        var count = 0;
        foreach (var f in _topology.FamiliesOf[person])
        {
            var fam = _topology.Families[f];
            if (fam.Father != person && fam.Mother != person)
            {
                continue;
            }

            foreach (var informative in _informativeChild[f])
            {
                count += informative ? 1 : 0;
            }
        }

        return count;
    }

    /// <summary>
    /// P(typed genotypes | pedigree). Founders have Hardy–Weinberg priors, or, where
    /// <paramref name="clamp"/> gives a genotype index ≥ 0, that genotype with weight 1.
    /// </summary>
    public double Likelihood(int[]? clamp = null)
    {
        _clamp = clamp;
        var total = 1.0;
        foreach (var root in _componentRoots)
        {
            var v = Up(root, -1);
            total *= Sum(v);
        }

        return total;
    }

    /// <summary>
    /// For an untyped <paramref name="person"/>: P(typed genotypes, person = g) for every genotype g,
    /// in one peeling pass (the person's own component peeled towards it, the others summed).
    /// </summary>
    public double[] Joint(int person)
    {
        _clamp = null;
        var v = Up(person, -1);
        var others = 1.0;
        foreach (var root in _componentRoots)
        {
            if (!SameComponent(root, person))
            {
                others *= Sum(Up(root, -1));
            }
        }

        if (others != 1.0)
        {
            for (var g = 0; g < v.Length; g++)
            {
                v[g] *= others;
            }
        }

        return v;
    }

    private bool SameComponent(int a, int b)
    {
        var seen = new bool[_topology.Count];
        var stack = new Stack<int>();
        stack.Push(a);
        seen[a] = true;
        while (stack.Count > 0)
        {
            var q = stack.Pop();
            if (q == b)
            {
                return true;
            }

            foreach (var f in _topology.FamiliesOf[q])
            {
                var fam = _topology.Families[f];
                foreach (var x in fam.Children.Append(fam.Father).Append(fam.Mother))
                {
                    if (!seen[x])
                    {
                        seen[x] = true;
                        stack.Push(x);
                    }
                }
            }
        }

        return false;
    }

    private static int[] FindInformativeComponents(PedigreeTopology topology, int[] typed)
    {
        var seen = new bool[topology.Count];
        var roots = new List<int>();
        for (var p = 0; p < topology.Count; p++)
        {
            if (seen[p])
            {
                continue;
            }

            var stack = new Stack<int>();
            stack.Push(p);
            seen[p] = true;
            var anyTyped = false;
            while (stack.Count > 0)
            {
                var q = stack.Pop();
                anyTyped |= typed[q] >= 0;
                foreach (var f in topology.FamiliesOf[q])
                {
                    var fam = topology.Families[f];
                    Visit(fam.Father);
                    Visit(fam.Mother);
                    foreach (var c in fam.Children)
                    {
                        Visit(c);
                    }
                }
            }

            if (anyTyped)
            {
                roots.Add(p);
            }

            void Visit(int x)
            {
                if (!seen[x])
                {
                    seen[x] = true;
                    stack.Push(x);
                }
            }
        }

        return [.. roots];
    }

    private double[] Up(int person, int excludedFamily)
    {
        var v = Base(person);
        foreach (var f in _topology.FamiliesOf[person])
        {
            if (f == excludedFamily)
            {
                continue;
            }

            // v doubles as the mask of the entries the message must fill: where v is already 0 the
            // product stays 0, so a typed person (one non-zero entry) needs one entry of the message.
            var message = Down(f, person, v);
            for (var g = 0; g < v.Length; g++)
            {
                v[g] *= message[g];
            }
        }

        return v;
    }

    private double[] Base(int person)
    {
        var count = _system.Space.Count;
        var v = new double[count];
        var typed = _typed[person];
        if (_topology.IsFounder(person))
        {
            var clamp = _clamp is null ? -1 : _clamp[person];
            if (clamp >= 0)
            {
                if (typed < 0 || typed == clamp)
                {
                    v[clamp] = 1;
                }
            }
            else if (typed >= 0)
            {
                v[typed] = _hardyWeinberg[typed];
            }
            else
            {
                Array.Copy(_hardyWeinberg, v, count);
            }
        }
        else if (typed >= 0)
        {
            v[typed] = 1;
        }
        else
        {
            Array.Fill(v, 1.0);
        }

        return v;
    }

    /// <summary>
    /// The message from a family to one of its members. Entries where <paramref name="mask"/> is 0
    /// are not needed (the receiver multiplies them by 0) and may be left 0.
    /// </summary>
    private double[] Down(int family, int target, double[] mask)
    {
        var fam = _topology.Families[family];
        var kernels = new List<double[]>(fam.Children.Length);
        for (var k = 0; k < fam.Children.Length; k++)
        {
            var c = fam.Children[k];
            if (c != target && _informativeChild[family][k])
            {
                kernels.Add(ChildKernel(Up(c, family)));
            }
        }

        if (target == fam.Father)
        {
            return ToParent(Up(fam.Mother, family), kernels, targetIsFather: true, mask);
        }

        if (target == fam.Mother)
        {
            return ToParent(Up(fam.Father, family), kernels, targetIsFather: false, mask);
        }

        return ToChild(Up(fam.Father, family), Up(fam.Mother, family), kernels);
    }

    /// <summary>N = M_male · H · M_femaleᵀ, where H[x][y] is the child's message at {x, y}.</summary>
    private double[] ChildKernel(double[] childMessage)
    {
        var n = _system.N;
        var space = _system.Space;
        var h = new double[n * n];
        var rowUsed = new bool[n];
        for (var g = 0; g < childMessage.Length; g++)
        {
            var value = childMessage[g];
            if (value == 0)
            {
                continue;
            }

            var x = space.First[g];
            var y = space.Second[g];
            h[(x * n) + y] = value;
            h[(y * n) + x] = value;
            rowUsed[x] = true;
            rowUsed[y] = true;
        }

        var t = h;
        if (_system.Female is { } female)
        {
            // T[x][c] = Σ_y H[x][y] F[c][y]
            t = new double[n * n];
            for (var x = 0; x < n; x++)
            {
                if (!rowUsed[x])
                {
                    continue;
                }

                var hx = h.AsSpan(x * n, n);
                for (var c = 0; c < n; c++)
                {
                    var fc = female.AsSpan(c * n, n);
                    var sum = 0.0;
                    for (var y = 0; y < n; y++)
                    {
                        sum += hx[y] * fc[y];
                    }

                    t[(x * n) + c] = sum;
                }
            }
        }

        if (_system.Male is not { } male)
        {
            return t;
        }

        // N[a][c] = Σ_x M[a][x] T[x][c]
        var result = new double[n * n];
        for (var a = 0; a < n; a++)
        {
            var row = result.AsSpan(a * n, n);
            for (var x = 0; x < n; x++)
            {
                var m = male[(a * n) + x];
                if (m == 0 || !rowUsed[x])
                {
                    continue;
                }

                var tx = t.AsSpan(x * n, n);
                for (var c = 0; c < n; c++)
                {
                    row[c] += m * tx[c];
                }
            }
        }

        return result;
    }

    private double[] ToParent(double[] spouse, List<double[]> kernels, bool targetIsFather, double[] mask)
    {
        var n = _system.N;
        var space = _system.Space;
        var count = space.Count;
        var result = new double[count];
        if (kernels.Count == 0)
        {
            Array.Fill(result, Sum(spouse));
            return result;
        }

        if (kernels.Count == 1)
        {
            // out = S · N · Sᵀ·u (father) or S · Nᵀ · Sᵀ·u (mother)
            var r = AlleleMarginal(spouse);
            var kernel = kernels[0];
            var y = new double[n];
            for (var a = 0; a < n; a++)
            {
                var sum = 0.0;
                for (var c = 0; c < n; c++)
                {
                    sum += (targetIsFather ? kernel[(a * n) + c] : kernel[(c * n) + a]) * r[c];
                }

                y[a] = sum;
            }

            for (var g = 0; g < count; g++)
            {
                result[g] = 0.5 * (y[space.First[g]] + y[space.Second[g]]);
            }

            return result;
        }

        // result[gt] = Σ_gs u[gs] Π_k K_k(gt, gs), K_k(gt, {c, d}) = ¼(w_k[c] + w_k[d]) with w_k the
        // kernel's rows (or columns) of gt's two alleles summed once per gt; the ¼s, a power of
        // two, are applied once at the end.
        var folded = new double[kernels.Count * n];
        var scale = Math.Pow(0.25, kernels.Count);
        for (var gt = 0; gt < count; gt++)
        {
            if (mask[gt] == 0)
            {
                continue;
            }

            FoldKernels(kernels, n, space.First[gt], space.Second[gt], rows: targetIsFather, folded);
            result[gt] = scale * WeightedKernelProductSum(spouse, folded, kernels.Count, n);
        }

        return result;
    }

    private double[] ToChild(double[] father, double[] mother, List<double[]> kernels)
    {
        var n = _system.N;
        if (kernels.Count == 0)
        {
            var tf = Transmit(AlleleMarginal(father), _system.Male);
            var tm = Transmit(AlleleMarginal(mother), _system.Female);
            var space = _system.Space;
            var result = new double[space.Count];
            for (var g = 0; g < result.Length; g++)
            {
                var x = space.First[g];
                var y = space.Second[g];
                result[g] = x == y ? tf[x] * tm[x] : (tf[x] * tm[y]) + (tf[y] * tm[x]);
            }

            return result;
        }

        double[] b;
        if (kernels.Count == 1)
        {
            b = Multiply(Multiply(PairMatrix(father), kernels[0], n), PairMatrix(mother), n);
        }
        else
        {
            // As in ToParent: fold the kernels' rows of the father's two alleles once per gf.
            b = new double[n * n];
            var space = _system.Space;
            var folded = new double[kernels.Count * n];
            var scale = 0.25 * Math.Pow(0.25, kernels.Count);
            for (var gf = 0; gf < space.Count; gf++)
            {
                var weight = father[gf];
                if (weight == 0)
                {
                    continue;
                }

                int a1 = space.First[gf], a2 = space.Second[gf];
                FoldKernels(kernels, n, a1, a2, rows: true, folded);
                var gm = 0;
                for (var c2 = 0; c2 < n; c2++)
                {
                    for (var c1 = 0; c1 <= c2; c1++, gm++)
                    {
                        var w = weight * mother[gm];
                        if (w == 0)
                        {
                            continue;
                        }

                        for (var k = 0; k < kernels.Count; k++)
                        {
                            w *= folded[(k * n) + c1] + folded[(k * n) + c2];
                        }

                        if (w == 0)
                        {
                            continue;
                        }

                        // B += S[gf]ᵀ · w · S[gm]
                        var q = scale * w;
                        b[(a1 * n) + c1] += q;
                        b[(a1 * n) + c2] += q;
                        b[(a2 * n) + c1] += q;
                        b[(a2 * n) + c2] += q;
                    }
                }
            }
        }

        // A = M_maleᵀ · B · M_female, then fold into unordered genotypes.
        var a = b;
        if (_system.Male is { } male)
        {
            a = Multiply(Transpose(male, n), a, n);
        }

        if (_system.Female is { } female)
        {
            a = Multiply(a, female, n);
        }

        return Expand(a);
    }

    /// <summary>
    /// For one parent's genotype {a, b}: each kernel's rows a and b summed (<paramref name="rows"/>,
    /// the parent is the father) or its columns a and b (the mother), into
    /// <c>folded[k·n .. (k+1)·n)</c>; then <c>K_k({a, b}, {c, d}) = ¼(w_k[c] + w_k[d])</c>, where
    /// K[gF][gM] = ¼ Σ N[a][c] over a ∈ gF, c ∈ gM.
    /// </summary>
    private static void FoldKernels(List<double[]> kernels, int n, int a, int b, bool rows, double[] folded)
    {
        for (var k = 0; k < kernels.Count; k++)
        {
            var kernel = kernels[k];
            var w = folded.AsSpan(k * n, n);
            if (rows)
            {
                var rowA = kernel.AsSpan(a * n, n);
                var rowB = kernel.AsSpan(b * n, n);
                for (var c = 0; c < n; c++)
                {
                    w[c] = rowA[c] + rowB[c];
                }
            }
            else
            {
                for (var c = 0; c < n; c++)
                {
                    w[c] = kernel[(c * n) + a] + kernel[(c * n) + b];
                }
            }
        }
    }

    /// <summary>Σ over genotypes {c ≤ d} of u[g] · Π_k (w_k[c] + w_k[d]), with w folded by <see cref="FoldKernels"/>.</summary>
    private static double WeightedKernelProductSum(double[] u, double[] folded, int kernelCount, int n)
    {
        var sum = 0.0;
        var g = 0;
        for (var d = 0; d < n; d++)
        {
            for (var c = 0; c <= d; c++, g++)
            {
                var product = u[g];
                if (product == 0)
                {
                    continue;
                }

                for (var k = 0; k < kernelCount; k++)
                {
                    product *= folded[(k * n) + c] + folded[(k * n) + d];
                }

                sum += product;
            }
        }

        return sum;
    }

    /// <summary>r[a] = Σ_g S[g][a] u[g]: the probability mass of transmitting a (before mutation).</summary>
    private double[] AlleleMarginal(double[] u)
    {
        var space = _system.Space;
        var r = new double[_system.N];
        for (var g = 0; g < u.Length; g++)
        {
            var value = u[g];
            if (value == 0)
            {
                continue;
            }

            r[space.First[g]] += 0.5 * value;
            r[space.Second[g]] += 0.5 * value;
        }

        return r;
    }

    /// <summary>D[a][a'] = Σ_g S[g][a] u[g] S[g][a'].</summary>
    private double[] PairMatrix(double[] u)
    {
        var n = _system.N;
        var space = _system.Space;
        var d = new double[n * n];
        for (var g = 0; g < u.Length; g++)
        {
            var value = u[g];
            if (value == 0)
            {
                continue;
            }

            int a = space.First[g], b = space.Second[g];
            var q = 0.25 * value;
            d[(a * n) + a] += q;
            d[(a * n) + b] += q;
            d[(b * n) + a] += q;
            d[(b * n) + b] += q;
        }

        return d;
    }

    private static double[] Transmit(double[] r, double[]? mutation)
    {
        if (mutation is null)
        {
            return r;
        }

        var n = r.Length;
        var t = new double[n];
        for (var a = 0; a < n; a++)
        {
            var ra = r[a];
            if (ra == 0)
            {
                continue;
            }

            for (var x = 0; x < n; x++)
            {
                t[x] += ra * mutation[(a * n) + x];
            }
        }

        return t;
    }

    private double[] Expand(double[] a)
    {
        var n = _system.N;
        var space = _system.Space;
        var result = new double[space.Count];
        for (var g = 0; g < result.Length; g++)
        {
            var x = space.First[g];
            var y = space.Second[g];
            result[g] = x == y ? a[(x * n) + x] : a[(x * n) + y] + a[(y * n) + x];
        }

        return result;
    }

    private static double[] Multiply(double[] left, double[] right, int n)
    {
        var result = new double[n * n];
        for (var i = 0; i < n; i++)
        {
            var row = result.AsSpan(i * n, n);
            for (var k = 0; k < n; k++)
            {
                var l = left[(i * n) + k];
                if (l == 0)
                {
                    continue;
                }

                var rk = right.AsSpan(k * n, n);
                for (var j = 0; j < n; j++)
                {
                    row[j] += l * rk[j];
                }
            }
        }

        return result;
    }

    private static double[] Transpose(double[] m, int n)
    {
        var t = new double[n * n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                t[(j * n) + i] = m[(i * n) + j];
            }
        }

        return t;
    }

    private static double Sum(double[] v)
    {
        var sum = 0.0;
        foreach (var x in v)
        {
            sum += x;
        }

        return sum;
    }
}
