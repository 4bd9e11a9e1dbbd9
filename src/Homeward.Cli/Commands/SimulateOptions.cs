namespace Homeward.Cli.Commands;

/// <summary>The options of <c>homeward simulate</c>; null marks a required option that was not given.</summary>
internal sealed record SimulateOptions
{
    /// <summary><c>--frequencies FILE</c>: the allele frequency table (CSV).</summary>
    public string? Frequencies { get; init; }

    /// <summary><c>--out DIR</c>: the folder written (created when missing).</summary>
    public string? Out { get; init; }

    /// <summary><c>--reports N</c>: missing-child reports.</summary>
    public int? Reports { get; init; }

    /// <summary><c>--queries Q</c>: found children.</summary>
    public int? Queries { get; init; }

    /// <summary><c>--related-fraction F</c>: the share of queries that are a report's missing child.</summary>
    public double? RelatedFraction { get; init; }

    /// <summary><c>--seed S</c>.</summary>
    public long? Seed { get; init; }

    /// <summary><c>--markers LIST</c>: a panel name (identifiler15, china19, extended24) or marker names separated by commas.</summary>
    public string? Markers { get; init; }

    /// <summary><c>--marker-count K</c>: the first K markers of the table.</summary>
    public int? MarkerCount { get; init; }

    /// <summary><c>--mutation-model M</c>: stepwise (default), equal, proportional, onestep or none.</summary>
    public string MutationModel { get; init; } = "stepwise";

    /// <summary><c>--mutation-rate R</c>: per marker per meiosis, both sexes (default 0.002; 0 = none).</summary>
    public double MutationRate { get; init; } = 0.002;

    /// <summary><c>--theta T</c>: θ among the founders of one family (default 0).</summary>
    public double Theta { get; init; }

    /// <summary><c>--missing-marker-rate R</c>: the chance that a marker is absent from a profile.</summary>
    public double MissingMarkerRate { get; init; }

    /// <summary><c>--dropout-rate R</c>: the chance that a heterozygote is typed as a homozygote.</summary>
    public double DropoutRate { get; init; }

    /// <summary><c>--shapes "mother:0.3,father:0.1,…"</c>: the mix of family shapes; null means the default mix.</summary>
    public string? Shapes { get; init; }
}
