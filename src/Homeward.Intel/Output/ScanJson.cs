using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Homeward.Intel.Entities;

namespace Homeward.Intel.Output;

/// <summary>
/// The JSON object printed per post by <c>homeward intel scan</c>:
/// <c>{"id", "score", "flagged", "indicators": [{"group", "text", "start", "end", "detail"?}],
/// "entities": [{"type", "value", "text", "start", "end", "province"?}], "cluster", "reasons": [{"group", "weight", "hits"}]}</c>.
/// Offsets are UTF-16 code units of the post's original text. Chinese is written unescaped.
/// </summary>
public static class ScanJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>One line of JSON for the analysis; with <paramref name="model"/>, a last field "model" holds
    /// the trained classifier's probability (an extension: the contract's fields are unchanged).</summary>
    public static string Format(PostAnalysis analysis, string? cluster, double? model = null)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var w = new Utf8JsonWriter(buffer, Options))
        {
            w.WriteStartObject();
            w.WriteString("id", analysis.Post.Id);
            w.WriteNumber("score", Math.Round(analysis.Score, 4));
            w.WriteBoolean("flagged", analysis.Flagged);
            w.WriteStartArray("indicators");
            foreach (var hit in analysis.Indicators)
            {
                w.WriteStartObject();
                w.WriteString("group", hit.Group);
                w.WriteString("text", hit.Text);
                w.WriteNumber("start", hit.Start);
                w.WriteNumber("end", hit.End);
                if (hit.Detail is not null)
                {
                    w.WriteString("detail", hit.Detail);
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("entities");
            foreach (var entity in analysis.Entities)
            {
                WriteEntity(w, entity);
            }

            w.WriteEndArray();
            if (cluster is null)
            {
                w.WriteNull("cluster");
            }
            else
            {
                w.WriteString("cluster", cluster);
            }

            w.WriteStartArray("reasons");
            foreach (var c in analysis.Contributions)
            {
                w.WriteStartObject();
                w.WriteString("group", c.Group);
                w.WriteNumber("weight", c.Weight);
                w.WriteNumber("hits", c.Hits);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            if (model is { } probability)
            {
                w.WriteNumber("model", Math.Round(probability, 4));
            }

            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    internal static void WriteEntity(Utf8JsonWriter w, Entity entity)
    {
        w.WriteStartObject();
        w.WriteString("type", entity.Type.ToContractName());
        w.WriteString("value", entity.Value);
        w.WriteString("text", entity.Text);
        w.WriteNumber("start", entity.Start);
        w.WriteNumber("end", entity.End);
        if (entity.Province is not null)
        {
            w.WriteString("province", entity.Province);
        }

        w.WriteEndObject();
    }

    internal static string Number(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
