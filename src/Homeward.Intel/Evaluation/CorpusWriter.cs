using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Homeward.Intel.Entities;

namespace Homeward.Intel.Evaluation;

/// <summary>Writes labelled posts in the corpus format (post fields, label, entities, ring).</summary>
public static class CorpusWriter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>One JSON line.</summary>
    public static string Format(LabelledPost post)
    {
        ArgumentNullException.ThrowIfNull(post);
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var w = new Utf8JsonWriter(buffer, Options))
        {
            var p = post.Post;
            w.WriteStartObject();
            w.WriteString("id", p.Id);
            WriteOptional(w, "source", p.Source);
            WriteOptional(w, "url", p.Url);
            WriteOptional(w, "author", p.Author);
            if (p.Time is { } t)
            {
                w.WriteString("time", t);
            }

            w.WriteString("text", p.Text);
            w.WriteString("label", post.Label);
            WriteOptional(w, "ring", post.Ring);
            w.WriteStartArray("entities");
            foreach (var (type, value) in post.Expected)
            {
                w.WriteStartObject();
                w.WriteString("type", type.ToContractName());
                w.WriteString("value", value);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteOptional(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }
}
