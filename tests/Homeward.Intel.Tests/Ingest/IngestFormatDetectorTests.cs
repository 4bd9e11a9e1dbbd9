using System.Text;
using Homeward.Intel.Ingest;

namespace Homeward.Intel.Tests.Ingest;

public sealed class IngestFormatDetectorTests
{
    [Theory]
    [InlineData("a.jsonl", "", IngestFormat.JsonLines)]
    [InlineData("a.HTM", "", IngestFormat.Html)]
    [InlineData("a.txt", "", IngestFormat.ChatLog)]
    [InlineData("result.json", "", IngestFormat.TelegramJson)]
    [InlineData("capture", "  <!DOCTYPE html><html>", IngestFormat.Html)]
    [InlineData("capture", "{\"id\":\"1\",\"text\":\"x\"}\n{\"id\":\"2\",\"text\":\"y\"}", IngestFormat.JsonLines)]
    [InlineData("capture", "{\n \"name\": \"x\",\n \"messages\": []\n}", IngestFormat.TelegramJson)]
    [InlineData("capture", "2014-03-02 10:15:33 a(1)\nhi", IngestFormat.ChatLog)]
    public void The_format_comes_from_the_extension_or_the_content(string name, string content, IngestFormat format) =>
        IngestFormatDetector.Detect(name, Encoding.UTF8.GetBytes(content)).ShouldBe(format);

    [Fact]
    public void Unknown_content_has_no_format() =>
        IngestFormatDetector.Detect("notes.md", "# notes"u8).ShouldBeNull();

    [Fact]
    public void An_html_media_type_decides() =>
        IngestFormatDetector.Detect("x.json", "{}"u8, "text/html; charset=utf-8").ShouldBe(IngestFormat.Html);

    [Fact]
    public void Json_lines_take_the_capture_as_source_when_a_post_names_none()
    {
        var result = PostIngester.Read(IngestFormat.JsonLines, "{\"id\":\"1\",\"text\":\"x\"}\n\n{\"id\":\"2\"}\n"u8, new CaptureSource("f.jsonl", null, "p"));
        result.Posts.ShouldHaveSingleItem().Source.ShouldBe("f.jsonl");
        result.Errors.ShouldHaveSingleItem().ShouldBe(new IngestError(3, "missing \"text\""));
    }

    [Fact]
    public void Bytes_that_are_not_utf8_are_an_error_and_utf16_with_a_mark_is_read()
    {
        var capture = new CaptureSource("log.txt", null, "p");
        PostIngester.Read(IngestFormat.ChatLog, [0xC0, 0xC0, 0x20], capture).Errors.ShouldHaveSingleItem().Message.ShouldContain("not UTF-8");
        var utf16 = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("2014-03-02 10:15:33 a(1)\n你好")).ToArray();
        PostIngester.Read(IngestFormat.ChatLog, utf16, capture).Posts.ShouldHaveSingleItem().Text.ShouldBe("你好");
    }
}
