namespace Homeward.Cli.Commands;

/// <summary>The options of <c>homeward evaluate</c>; null marks a required option that was not given.</summary>
internal sealed record EvaluateOptions
{
    /// <summary>The default of <c>--panels</c>.</summary>
    public const string DefaultPanels = "identifiler15,china19,extended24";

    /// <summary><c>--frequencies FILE</c>: the allele frequency table (CSV).</summary>
    public string? Frequencies { get; init; }

    /// <summary><c>--out DIR</c>: the folder for the report and the plots.</summary>
    public string? Out { get; init; }

    /// <summary><c>--pairs K</c>: related and unrelated pairs per relationship and panel (default 1000).</summary>
    public int Pairs { get; init; } = 1000;

    /// <summary><c>--seed S</c> (default 1).</summary>
    public long Seed { get; init; } = 1;

    /// <summary><c>--panels LIST</c>: known panels compared (default identifiler15,china19,extended24).</summary>
    public string? Panels { get; init; }

    /// <summary><c>--markers LIST</c>: one custom panel instead (a panel name or marker names separated by commas).</summary>
    public string? Markers { get; init; }

    /// <summary><c>--marker-count K</c>: one panel of the first K markers of the table instead.</summary>
    public int? MarkerCount { get; init; }

    /// <summary><c>--relationships LIST</c>: default all (parent-child, full-siblings, half-siblings, grandparent, avuncular, first-cousins, trio).</summary>
    public string? Relationships { get; init; }

    /// <summary><c>--mutation-model M</c>: stepwise (default), equal, proportional, onestep or none.</summary>
    public string MutationModel { get; init; } = "stepwise";

    /// <summary><c>--mutation-rate R</c> (default 0.002; 0 = none).</summary>
    public double MutationRate { get; init; } = 0.002;

    /// <summary><c>--theta T</c> (default 0).</summary>
    public double Theta { get; init; }

    /// <summary><c>--database-size D</c>: references compared with each query (default 10,000,000).</summary>
    public long DatabaseSize { get; init; } = 10_000_000;

    /// <summary><c>--plots LIST</c>: png, svg, both (default) or none.</summary>
    public string Plots { get; init; } = "png,svg";
}
