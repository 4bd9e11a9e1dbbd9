using System.Globalization;

namespace Homeward.Kinship;

/// <summary>
/// An allele label as a lab writes it: integer repeat counts (<c>9</c>), microvariants with one
/// decimal (<c>9.3</c>, <c>24.2</c>) or off-ladder text (<c>OL</c>, <c>&lt;8</c>). Numeric labels are
/// held exactly in tenths of a repeat so that <c>9.3</c> and <c>9.30</c> are the same allele and the
/// stepwise mutation model can compute step sizes without floating-point error.
/// </summary>
public readonly struct AlleleLabel : IEquatable<AlleleLabel>, IComparable<AlleleLabel>
{
    /// <summary>The longest label accepted.</summary>
    public const int MaxLength = 16;

    private const int NotNumeric = int.MinValue;
    private readonly int _tenths;
    private readonly string? _text;

    private AlleleLabel(string text, int tenths)
    {
        _text = text;
        _tenths = tenths;
    }

    /// <summary>The canonical text: numeric labels without redundant zeros (<c>9.3</c>, <c>10</c>).</summary>
    public string Text => _text ?? string.Empty;

    /// <summary>Whether the label is a repeat count (integer or one-decimal microvariant).</summary>
    public bool IsNumeric => _text is not null && _tenths != NotNumeric;

    /// <summary>The repeat count times ten (<c>9.3</c> → 93); only meaningful when <see cref="IsNumeric"/>.</summary>
    public int Tenths => IsNumeric ? _tenths : throw new InvalidOperationException($"Allele '{Text}' is not numeric.");

    /// <summary>The microvariant group: the decimal digit (0 for integer alleles, 3 for 9.3).</summary>
    public int MicrovariantGroup => IsNumeric ? ((_tenths % 10) + 10) % 10 : -1;

    /// <summary>Parses a label, throwing <see cref="FormatException"/> on invalid text.</summary>
    public static AlleleLabel Parse(string text) =>
        TryParse(text, out var label, out var error) ? label : throw new FormatException(error);

    /// <summary>Parses a label; on failure <paramref name="error"/> says why.</summary>
    public static bool TryParse(string? text, out AlleleLabel label, out string? error)
    {
        label = default;
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            error = "empty allele label";
            return false;
        }

        if (trimmed.Length > MaxLength)
        {
            error = $"allele label '{trimmed[..MaxLength]}…' is longer than {MaxLength} characters";
            return false;
        }

        foreach (var c in trimmed)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c) || c == '/' || c == ',' || c == '"')
            {
                error = $"allele label '{trimmed}' contains the character '{c}'";
                return false;
            }
        }

        if (TryParseTenths(trimmed, out var tenths))
        {
            label = new AlleleLabel(FormatTenths(tenths), tenths);
        }
        else
        {
            label = new AlleleLabel(trimmed, NotNumeric);
        }

        error = null;
        return true;
    }

    private static bool TryParseTenths(string s, out int tenths)
    {
        tenths = 0;
        var dot = s.IndexOf('.', StringComparison.Ordinal);
        var whole = dot < 0 ? s : s[..dot];
        var frac = dot < 0 ? string.Empty : s[(dot + 1)..];
        if (whole.Length == 0 || whole.Length > 4 || !whole.All(char.IsAsciiDigit))
        {
            return false;
        }

        frac = frac.TrimEnd('0');
        if (dot >= 0 && s.Length == dot + 1)
        {
            return false; // "9." is not a label anyone writes
        }

        if (frac.Length > 1 || !frac.All(char.IsAsciiDigit))
        {
            return false;
        }

        tenths = (int.Parse(whole, NumberStyles.None, CultureInfo.InvariantCulture) * 10) + (frac.Length == 1 ? frac[0] - '0' : 0);
        return true;
    }

    private static string FormatTenths(int tenths) =>
        tenths % 10 == 0
            ? (tenths / 10).ToString(CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"{tenths / 10}.{tenths % 10}");

    /// <inheritdoc />
    public bool Equals(AlleleLabel other) => string.Equals(Text, other.Text, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is AlleleLabel other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Text);

    /// <summary>Numeric labels by repeat count first, then other labels in ordinal order.</summary>
    public int CompareTo(AlleleLabel other)
    {
        if (IsNumeric && other.IsNumeric)
        {
            return _tenths.CompareTo(other._tenths);
        }

        if (IsNumeric != other.IsNumeric)
        {
            return IsNumeric ? -1 : 1;
        }

        return string.CompareOrdinal(Text, other.Text);
    }

    /// <inheritdoc />
    public override string ToString() => Text;

    /// <summary>Equality.</summary>
    public static bool operator ==(AlleleLabel left, AlleleLabel right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(AlleleLabel left, AlleleLabel right) => !left.Equals(right);

    /// <summary>Ordering.</summary>
    public static bool operator <(AlleleLabel left, AlleleLabel right) => left.CompareTo(right) < 0;

    /// <summary>Ordering.</summary>
    public static bool operator >(AlleleLabel left, AlleleLabel right) => left.CompareTo(right) > 0;

    /// <summary>Ordering.</summary>
    public static bool operator <=(AlleleLabel left, AlleleLabel right) => left.CompareTo(right) <= 0;

    /// <summary>Ordering.</summary>
    public static bool operator >=(AlleleLabel left, AlleleLabel right) => left.CompareTo(right) >= 0;
}
