namespace Homeward.Kinship.Tests.Properties;

/// <summary>How big the random scenarios may be.</summary>
/// <param name="MinAlleles">Fewest alleles of the marker.</param>
/// <param name="MaxAlleles">Most alleles of the marker.</param>
/// <param name="MinUnseen">Fewest alleles that no typed person carries.</param>
/// <param name="MaxUnseen">Most alleles that no typed person carries.</param>
/// <param name="MaxPersons">Most persons in H1.</param>
/// <param name="MaxUntyped">Most untyped persons in a hypothesis, given the number of alleles.</param>
public sealed record ScenarioShape(int MinAlleles, int MaxAlleles, int MinUnseen, int MaxUnseen, int MaxPersons, Func<int, int> MaxUntyped)
{
    /// <summary>
    /// Small enough for the naive reference: n^(2·untyped)·2^typed assignments stay below ~70,000.
    /// </summary>
    public static ScenarioShape Naive { get; } = new(2, 4, 0, 0, 7, n => n switch
    {
        2 => 6,
        3 => 4,
        _ => 3,
    });

    /// <summary>Like <see cref="Naive"/>, with room for the naive reference to handle one more allele.</summary>
    public static ScenarioShape NaivePlusOneAllele { get; } = new(2, 4, 0, 0, 7, n => n switch
    {
        2 => 4,
        _ => 3,
    });

    /// <summary>Wider markers with alleles nobody carries, so that lumping has something to merge.</summary>
    public static ScenarioShape WideMarker { get; } = new(4, 7, 2, 4, 6, _ => 2);
}
