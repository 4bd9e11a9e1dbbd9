using System.Text.Json;
using Homeward.Search;

namespace Homeward.Cli.Output;

/// <summary>
/// One JSON line per query: <c>{"query":…,"candidates":[{"report":…,"lr":…,"log10Lr":…,"relatives":[…]},…]}</c>.
/// </summary>
internal static class SearchJsonWriter
{
    public static void Write(TextWriter output, SearchResult result)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("query", result.Query);
            writer.WriteStartArray("candidates");
            foreach (var candidate in result.Candidates)
            {
                writer.WriteStartObject();
                writer.WriteString("report", candidate.Report);
                writer.WritePropertyName("lr");
                writer.WriteNumberValue(candidate.LikelihoodRatio);
                writer.WritePropertyName("log10Lr");
                if (candidate.Log10LikelihoodRatio is { } log10)
                {
                    writer.WriteNumberValue(log10);
                }
                else
                {
                    writer.WriteNullValue();
                }

                writer.WriteStartArray("relatives");
                foreach (var relative in candidate.Relatives)
                {
                    writer.WriteStringValue(relative);
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }
}
