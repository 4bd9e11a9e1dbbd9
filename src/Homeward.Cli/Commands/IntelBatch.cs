using Homeward.Intel;

namespace Homeward.Cli.Commands;

/// <summary>Batch steps shared by the intel commands.</summary>
internal static class IntelBatch
{
    /// <summary>The template cluster id of each post ("c1", "c2"… in order of first member), null for a post alone.</summary>
    public static string?[] ClusterIds(IReadOnlyList<PostAnalysis> analyses) => new string?[analyses.Count];
}
