using System.Text.Json;
using Homeward.Intel.Posts;

namespace Homeward.Intel.Tests;

/// <summary>
/// <see cref="PostJsonLines.ParseLine"/> reads common lines with a Utf8JsonReader and leaves the rest to
/// JsonDocument; whichever path a line takes, the result must be the one JsonDocument gives.
/// </summary>
public sealed class PostJsonFastPathTests
{
    public static TheoryData<string> Lines() => new()
    {
        """{"id":"p1","source":"tieba","url":"http://x/1","author":"a","time":"2014-02-19T10:00:00+08:00","text":"送养"}""",
        """{"id":"p1","text":"男宝\n\"出生\"8天 \u9001\u517b 🍼","labels":{"label":"sell","entities":[{"type":"phone","value":"+86"}]},"extra":[1,2,{"a":null}]}""",
        """{"text":"x","id":42}""",
        """{"id":-1.5e3,"text":""}""",
        """{"id":"","text":"x"}""",
        """{"id":null,"text":"x"}""",
        """{"id":"a"}""",
        """{"id":"a","text":null}""",
        """{"id":"a","text":"x","time":"yesterday at noon, more or less, in some time zone"}""",
        """{"id":"a","text":"x","time":null,"source":null,"url":null,"author":null}""",
        """{"id":"a","text":"x","source":5}""",
        """{"id":true,"text":"x"}""",
        """{"id":"a","text":["x"]}""",
        """{"id":"a","text":"first","text":"second"}""",
        """{"id":"a","id":"b","text":"x"}""",
        """{"i\u0064":"escaped name","text":"x"}""",
        """{"ID":"a","Text":"x"}""",
        """[{"id":"a","text":"x"}]""",
        "\"just a string\"",
        "  {\"id\":\"a\",\"text\":\"x\"}  ",
        """{}""",
    };

    [Theory]
    [MemberData(nameof(Lines))]
    public void Parse_line_gives_what_json_document_gives(string line)
    {
        using var doc = JsonDocument.Parse(line);
        PostJsonLines.ParseLine(line).ShouldBe(PostJsonLines.FromElement(doc.RootElement));
    }

    [Theory]
    [InlineData("{oops")]
    [InlineData("""{"id":"a","text":"x"} trailing""")]
    [InlineData("""{"id":"a","text":"x"}{"id":"b","text":"y"}""")]
    [InlineData("""{"id":"a","text":"x",}""")]
    [InlineData("""{"id":"a","text":"x" // comment""")]
    public void Invalid_json_is_reported_by_json_document(string line)
    {
        var expected = Should.Throw<JsonException>(() => JsonDocument.Parse(line)).Message;
        PostJsonLines.ParseLine(line).Error.ShouldBe("invalid JSON: " + expected);
    }

    [Fact]
    public void A_long_line_reads_the_same()
    {
        var text = string.Concat(Enumerable.Repeat("送养男宝营养费10万电话13812345678 ", 400));
        var line = JsonSerializer.Serialize(new { id = "long", text });
        using var doc = JsonDocument.Parse(line);
        PostJsonLines.ParseLine(line).ShouldBe(PostJsonLines.FromElement(doc.RootElement));
        PostJsonLines.ParseLine(line).Post!.Text.ShouldBe(text);
    }
}
