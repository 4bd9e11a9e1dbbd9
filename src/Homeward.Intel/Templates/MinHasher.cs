namespace Homeward.Intel.Templates;

/// <summary>
/// MinHash signatures of the character n-grams of a text. Each n-gram (n ≤ 4 UTF-16 units, packed into
/// 64 bits) is hashed with the SplitMix64 finaliser; the k permutations are x → mix(h ⊕ seedᵢ) truncated
/// to 32 bits. Texts shorter than n give one shingle, the whole text.
/// </summary>
internal sealed class MinHasher
{
    private readonly ulong[] _seeds;

    public MinHasher(int hashes = 64, int ngram = 3, ulong seed = 0x9E3779B97F4A7C15UL)
    {
        if (ngram is < 1 or > 4)
        {
            throw new ArgumentOutOfRangeException(nameof(ngram), "n-grams of 1 to 4 characters");
        }

        Hashes = hashes;
        Ngram = ngram;
        _seeds = new ulong[hashes];
        var s = seed;
        for (var i = 0; i < hashes; i++)
        {
            s += 0x9E3779B97F4A7C15UL;
            _seeds[i] = Mix(s);
        }
    }

    public int Hashes { get; }

    public int Ngram { get; }

    public void Signature(ReadOnlySpan<char> text, Span<uint> signature)
    {
        signature.Fill(uint.MaxValue);
        var count = Math.Max(1, text.Length - Ngram + 1);
        for (var i = 0; i < count; i++)
        {
            ulong packed = 0;
            var end = Math.Min(text.Length, i + Ngram);
            for (var k = i; k < end; k++)
            {
                packed = (packed << 16) | text[k];
            }

            var h = Mix(packed + (ulong)Ngram);
            for (var j = 0; j < _seeds.Length; j++)
            {
                var v = (uint)(Mix(h ^ _seeds[j]) >> 32);
                if (v < signature[j])
                {
                    signature[j] = v;
                }
            }
        }
    }

    /// <summary>The share of equal positions: an estimate of the Jaccard similarity of the n-gram sets.</summary>
    public static double Similarity(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b)
    {
        var equal = 0;
        for (var i = 0; i < a.Length; i++)
        {
            equal += a[i] == b[i] ? 1 : 0;
        }

        return (double)equal / a.Length;
    }

    /// <summary>SplitMix64's finaliser.</summary>
    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
