using System.Text;
using Homeward.Intel.Evidence;
using Homeward.Intel.Posts;

namespace Homeward.Intel.Tests;

public sealed class PostsAndEvidenceTests
{
    [Fact]
    public void A_json_line_is_a_post()
    {
        var r = PostJsonLines.ParseLine("""{"id":"p1","source":"tieba","url":"http://x/1","author":"a","time":"2014-02-19T10:00:00+08:00","text":"送养"}""");
        r.Post.ShouldNotBeNull();
        r.Post.Time.ShouldBe(new DateTimeOffset(2014, 2, 19, 10, 0, 0, TimeSpan.FromHours(8)));
        r.Post.Text.ShouldBe("送养");
    }

    [Theory]
    [InlineData("{\"text\":\"x\"}", "missing \"id\"")]
    [InlineData("{\"id\":\"1\"}", "missing \"text\"")]
    [InlineData("{\"id\":\"1\",\"text\":3}", "\"text\" must be a string")]
    [InlineData("[1]", "expected a JSON object")]
    [InlineData("{\"id\":\"1\",\"text\":\"x\",\"time\":\"yesterday\"}", "\"time\" is not an ISO 8601 date and time: 'yesterday'")]
    public void Bad_lines_say_what_is_wrong(string line, string error) =>
        PostJsonLines.ParseLine(line).Error.ShouldBe(error);

    [Fact]
    public void Blank_lines_are_skipped() => PostJsonLines.ParseLine("  ").IsBlank.ShouldBeTrue();

    [Fact]
    public void Evidence_keeps_the_bytes_and_their_sha256()
    {
        var bytes = Encoding.UTF8.GetBytes("abc");
        var record = EvidenceRecord.Capture(bytes, "http://127.0.0.1/x", new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero));
        bytes[0] = (byte)'z';
        record.Sha256.ShouldBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        record.Original.ToArray().ShouldBe(Encoding.UTF8.GetBytes("abc"));
        record.Verifies(Encoding.UTF8.GetBytes("abc")).ShouldBeTrue();
        record.Verifies(bytes).ShouldBeFalse();
    }
}
