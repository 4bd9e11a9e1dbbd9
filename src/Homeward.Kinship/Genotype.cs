namespace Homeward.Kinship;

/// <summary>An unordered pair of alleles at one autosomal marker; the smaller label comes first.</summary>
public readonly struct Genotype : IEquatable<Genotype>
{
    /// <summary>Creates a genotype from two alleles in any order.</summary>
    public Genotype(AlleleLabel a, AlleleLabel b)
    {
        if (a.CompareTo(b) <= 0)
        {
            First = a;
            Second = b;
        }
        else
        {
            First = b;
            Second = a;
        }
    }

    /// <summary>The smaller allele.</summary>
    public AlleleLabel First { get; }

    /// <summary>The larger allele.</summary>
    public AlleleLabel Second { get; }

    /// <summary>Whether both alleles are the same.</summary>
    public bool IsHomozygous => First == Second;

    /// <summary>Parses <c>"15/16"</c> or <c>"15,16"</c>.</summary>
    public static Genotype Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split('/', ',');
        if (parts.Length != 2)
        {
            throw new FormatException($"genotype '{text}' must have exactly two alleles");
        }

        return new Genotype(AlleleLabel.Parse(parts[0]), AlleleLabel.Parse(parts[1]));
    }

    /// <inheritdoc />
    public bool Equals(Genotype other) => First == other.First && Second == other.Second;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Genotype other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(First, Second);

    /// <inheritdoc />
    public override string ToString() => $"{First}/{Second}";

    /// <summary>Equality.</summary>
    public static bool operator ==(Genotype left, Genotype right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(Genotype left, Genotype right) => !left.Equals(right);
}
