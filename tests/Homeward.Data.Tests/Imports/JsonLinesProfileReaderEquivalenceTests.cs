using System.Text;
using FsCheck.Xunit;
using Homeward.Data.Imports;
using Homeward.Data.Profiles;
using Homeward.Search.JsonLines;
using Homeward.Testing;

namespace Homeward.Data.Tests.Imports;

/// <summary>The import's UTF-8 reader gives exactly what its JsonDocument reader gave, line for line, from text and from bytes.</summary>
public sealed class JsonLinesProfileReaderEquivalenceTests
{
    [Property(MaxTest = 300)]
    public void A_text_reads_as_before(int seed)
    {
        var text = new ProfileLineGenerator(seed).Text(12);
        using var bytes = new MemoryStream(Encoding.UTF8.GetBytes(text));

        var before = JsonDocumentProfileReader.Read(new StringReader(text), "f.jsonl").Select(Describe).ToList();

        JsonLinesProfileReader.Read(Utf8Lines.Read(new StringReader(text)), "f.jsonl").Select(Describe).ToList().ShouldBe(before, text);
        JsonLinesProfileReader.Read(Utf8Lines.Read(bytes), "f.jsonl").Select(Describe).ToList().ShouldBe(before, text);
    }

    [Property(MaxTest = 300)]
    public void Batches_read_in_order_as_one_reader_reads(int seed)
    {
        var text = new ProfileLineGenerator(seed).Text(25);
        var source = new ImportSource("f.jsonl", ImportFormat.JsonLines, () => new MemoryStream(Encoding.UTF8.GetBytes(text)));

        var batched = JsonLinesBatch.Read(source, 1 + (seed & 7)).SelectMany(b => b.Parse()).Select(Describe).ToList();

        batched.ShouldBe(JsonDocumentProfileReader.Read(new StringReader(text), "f.jsonl").Select(Describe).ToList(), text);
    }

    [Fact]
    public void A_utf16_file_is_read_through_its_byte_order_mark()
    {
        const string line = """{"id": "Q-1", "loci": {"TH01": ["6", "9.3"]}}""";
        var source = new ImportSource("f.jsonl", ImportFormat.JsonLines, () => new MemoryStream([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(line)]));

        JsonLinesBatch.Read(source, 10).SelectMany(b => b.Parse()).Select(Describe).ShouldBe(["f.jsonl:1 Q-1 Query   Unknown {\"TH01\":[\"6\",\"9.3\"]}  "]);
    }

    private static string Describe(ImportItem item) => item.Error is { } e
        ? $"{e.Place}: {e.Message}"
        : Describe(item.Profile!);

    private static string Describe(ImportProfile p) =>
        $"{p.Place} {p.Code} {p.Kind} {p.Report} {p.Role} {p.Sex} {p.LociJson ?? ProfileJson.Loci(p.Loci!)} {p.Lab} {p.Kit}";
}
