namespace Homeward.Intel.Text;

/// <summary>
/// Normalises a post for matching and extraction, keeping an offset map to the original:
/// removes invisible characters, applies NFKC per code point (full-width digits and letters, circled
/// and mathematical digits), lower-cases ASCII, and inside digit runs turns Chinese numerals
/// (零〇一二三四五六七八九幺两 and 壹贰叁…) and spelled English digits ("5five5") into ASCII digits.
/// </summary>
internal static class TextNormaliser
{
    public static NormalisedText Normalise(string original)
    {
        ArgumentNullException.ThrowIfNull(original);
        var buffer = new Buffer(original.Length + 8);
        var hasNumerals = false;
        for (var i = 0; i < original.Length;)
        {
            var c = original[i];
            if (c < 0x80)
            {
                buffer.Add(c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c, i, i + 1);
                hasNumerals |= c is 'e' or 'f' or 'n' or 'o' or 's' or 't' or 'z' or 'E' or 'F' or 'N' or 'O' or 'S' or 'T' or 'Z';
                i++;
                continue;
            }

            if (c is >= '\u4E00' and <= '\u9FFF')
            {
                hasNumerals |= CharClass.ChineseDigit(c) >= 0;
                buffer.Add(c, i, i + 1);
                i++;
                continue;
            }

            int cp;
            int width;
            if (char.IsHighSurrogate(c) && i + 1 < original.Length && char.IsLowSurrogate(original[i + 1]))
            {
                cp = char.ConvertToUtf32(c, original[i + 1]);
                width = 2;
            }
            else
            {
                cp = c;
                width = 1;
            }

            if (!CharClass.IsInvisible(cp))
            {
                var mapped = NfkcTable.Lookup(cp);
                if (mapped is null)
                {
                    buffer.Add(c, i, i + width);
                    if (width == 2)
                    {
                        buffer.Add(original[i + 1], i, i + width);
                    }

                    hasNumerals |= CharClass.ChineseDigit(c) >= 0;
                }
                else
                {
                    foreach (var m in mapped)
                    {
                        buffer.Add(m is >= 'A' and <= 'Z' ? (char)(m | 0x20) : m, i, i + width);
                        hasNumerals |= CharClass.ChineseDigit(m) >= 0 || CharClass.IsAsciiLetter(m);
                    }
                }
            }

            i += width;
        }

        if (hasNumerals)
        {
            buffer = DigitRunRewriter.Rewrite(buffer);
        }

        // The offset arrays are handed over as they are (longer than the text): NormalisedText reads them
        // only below the text's length, so trimming copies were pure allocation.
        return new NormalisedText(original, buffer.ToText(), buffer.Starts, buffer.Ends);
    }

    /// <summary>A growable normalised text with its offset map.</summary>
    internal sealed class Buffer
    {
        private char[] _chars;
        private int[] _starts;
        private int[] _ends;

        public Buffer(int capacity)
        {
            _chars = new char[capacity];
            _starts = new int[capacity];
            _ends = new int[capacity];
        }

        public int Length { get; private set; }

        public char this[int index] => _chars[index];

        public int StartOf(int index) => _starts[index];

        public int EndOf(int index) => _ends[index];

        public void Add(char c, int start, int end)
        {
            if (Length == _chars.Length)
            {
                var size = _chars.Length * 2;
                Array.Resize(ref _chars, size);
                Array.Resize(ref _starts, size);
                Array.Resize(ref _ends, size);
            }

            _chars[Length] = c;
            _starts[Length] = start;
            _ends[Length] = end;
            Length++;
        }

        public string ToText() => new(_chars, 0, Length);

        public ReadOnlySpan<char> AsSpan() => _chars.AsSpan(0, Length);

        /// <summary>The start offsets; valid below <see cref="Length"/>.</summary>
        public int[] Starts => _starts;

        /// <summary>The end offsets; valid below <see cref="Length"/>.</summary>
        public int[] Ends => _ends;
    }
}
