using System.Globalization;
using System.Text;
using FsCheck.Xunit;
using Homeward.Kinship;
using Homeward.Search.JsonLines;
using Homeward.Testing;

namespace Homeward.Search.Tests.JsonLines;

/// <summary>The UTF-8 reader gives exactly what the JsonDocument reader gave: the same profiles, the same errors in the same order.</summary>
public sealed class ProfileJsonLinesEquivalenceTests
{
    [Property(MaxTest = 300)]
    public void References_read_as_before(int seed)
    {
        var text = new ProfileLineGenerator(seed).Text(12);

        var now = Describe(ProfileJsonLines.ReadReferences(new StringReader(text), "refs.jsonl"), Describe);
        var before = Describe(JsonDocumentProfileLines.ReadReferences(new StringReader(text), "refs.jsonl"), Describe);

        now.ShouldBe(before, text);
    }

    [Property(MaxTest = 300)]
    public void Queries_read_as_before(int seed)
    {
        var text = new ProfileLineGenerator(seed).Text(12);

        var now = Describe(ProfileJsonLines.ReadQueries(new StringReader(text), "queries.jsonl"), Describe);
        var before = Describe(JsonDocumentProfileLines.ReadQueries(new StringReader(text), "queries.jsonl"), Describe);

        now.ShouldBe(before, text);
    }

    [Property(MaxTest = 300)]
    public void Each_line_reads_as_before(int seed)
    {
        foreach (var line in new ProfileLineGenerator(seed).Lines(10))
        {
            Describe(ProfileJsonLines.ReadReferences(new StringReader(line), "r"), Describe)
                .ShouldBe(Describe(JsonDocumentProfileLines.ReadReferences(new StringReader(line), "r"), Describe), line);
            Describe(ProfileJsonLines.ReadQueries(new StringReader(line), "q"), Describe)
                .ShouldBe(Describe(JsonDocumentProfileLines.ReadQueries(new StringReader(line), "q"), Describe), line);
        }
    }

    [Property(MaxTest = 300)]
    public void Lines_split_from_bytes_as_a_text_reader_splits_them(int seed)
    {
        var text = (seed % 3 == 0 ? "\uFEFF" : "") + new ProfileLineGenerator(seed).Text(8);
        using var bytes = new MemoryStream(Encoding.UTF8.GetBytes(text));

        var fromBytes = Utf8Lines.Read(bytes).Select(l => $"{l.Number}: {Encoding.UTF8.GetString(l.Bytes.Span)}").ToList();
        var fromText = Utf8Lines.Read(new StringReader(text.TrimStart('\uFEFF'))).Select(l => $"{l.Number}: {Encoding.UTF8.GetString(l.Bytes.Span)}").ToList();

        fromBytes.ShouldBe(fromText, text);
    }

    [Fact]
    public void A_line_longer_than_the_reading_buffer_is_read_whole()
    {
        var loci = string.Join(", ", Enumerable.Range(0, 5000).Select(i => $"\"M{i}\": [\"6\", \"7\"]"));
        var text = "\r\n{\"id\": \"Q-1\", \"loci\": {" + loci + "}}\r\n\n{\"id\": \"Q-2\", \"loci\": {}}";
        using var bytes = new MemoryStream(Encoding.UTF8.GetBytes(text));

        var lines = Utf8Lines.Read(bytes).Select(l => (l.Number, l.Bytes.Length)).ToList();

        lines.ShouldBe([(2, Encoding.UTF8.GetByteCount(text.Split("\r\n")[1])), (4, 25)]);
    }

    private static string Describe<T>(Result<IReadOnlyList<T>> result, Func<T, string> describe) =>
        result.IsSuccess
            ? string.Join('\n', result.Value!.Select(describe))
            : string.Join('\n', result.Errors!.Select(e => $"{e.Place}: {e.Message}"));

    private static string Describe(ReferenceProfile p) => $"{p.Id} {p.Report} {p.Role} {p.Sex} {Loci(p.Loci)}";

    private static string Describe(QueryProfile p) => $"{p.Id} {p.Sex} {Loci(p.Loci)}";

    private static string Loci(IReadOnlyDictionary<string, Genotype> loci) =>
        string.Join(";", loci.Select(l => string.Create(CultureInfo.InvariantCulture, $"{l.Key}={l.Value.First.Text}/{l.Value.Second.Text}")));
}
