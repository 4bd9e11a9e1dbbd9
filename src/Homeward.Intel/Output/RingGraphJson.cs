using System.Text.Encodings.Web;
using System.Text.Json;
using Homeward.Intel.Rings;

namespace Homeward.Intel.Output;

/// <summary>
/// The ring graph as cytoscape.js elements: <c>{"nodes": [{"data": {"id", "label", "kind", "ring"}}],
/// "edges": [{"data": {"id", "source", "target", "kind", "weight"}}]}</c>, which cytoscape takes as its
/// <c>elements</c> option as it is.
/// </summary>
public static class RingGraphJson
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The graph as cytoscape.js elements JSON.</summary>
    public static string Format(RingGraph graph) => JsonSerializer.Serialize(
        new
        {
            nodes = graph.Nodes.Select(n => new { data = new { id = n.Id, label = n.Label, kind = n.Kind, ring = n.Ring } }),
            edges = graph.Edges.Select((e, i) => new
            {
                data = new { id = "e" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), source = e.Source, target = e.Target, kind = e.Kind, weight = e.Weight },
            }),
        },
        Json);
}
