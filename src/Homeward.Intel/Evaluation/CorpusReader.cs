using System.Text.Json;
using Homeward.Intel.Entities;
using Homeward.Intel.Posts;

namespace Homeward.Intel.Evaluation;

/// <summary>Reads the labelled corpus: post lines with <c>"label"</c> and <c>"entities": [{"type", "value"}]</c>.</summary>
public static class CorpusReader
{
    // The corpus's own labels, then the two an analyst gives in the web application (intel labels exports them).
    private static readonly string[] Labels = ["sell", "buy", "adoption", "welfare", "news", "offer", "not-offer"];

    /// <summary>Reads one line; blank lines give (null, null).</summary>
    public static (LabelledPost? Post, string? Error) ParseLine(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (string.IsNullOrWhiteSpace(line))
        {
            return (null, null);
        }

        try
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            var post = PostJsonLines.FromElement(root);
            if (post.Post is null)
            {
                return (null, post.Error);
            }

            if (!root.TryGetProperty("label", out var label) || label.ValueKind != JsonValueKind.String || !Labels.Contains(label.GetString()))
            {
                return (null, "\"label\" must be one of " + string.Join(", ", Labels));
            }

            var expected = new List<(EntityType, string)>();
            if (root.TryGetProperty("entities", out var entities))
            {
                foreach (var e in entities.EnumerateArray())
                {
                    var typeName = e.GetProperty("type").GetString() ?? "";
                    if (!EntityTypeNames.TryParse(typeName, out var type))
                    {
                        return (null, $"unknown entity type '{typeName}'");
                    }

                    expected.Add((type, e.GetProperty("value").GetString() ?? ""));
                }
            }

            var ring = root.TryGetProperty("ring", out var r) && r.ValueKind == JsonValueKind.String ? r.GetString() : null;
            return (new LabelledPost(post.Post, label.GetString()!, expected, ring), null);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or KeyNotFoundException)
        {
            return (null, "invalid corpus line: " + e.Message);
        }
    }
}
