using Homeward.Intel.Ingest;

namespace Homeward.Intel.Tests.Ingest;

public sealed class ChatLogParserTests
{
    private static readonly CaptureSource Capture = new("group.txt", null, "abc");

    [Fact]
    public void Each_message_is_a_post_with_its_sender_id_and_local_time()
    {
        var log = """
            消息记录（此消息记录为文本格式，不支持重新导入）
            ================================================================
            消息分组:我的群聊
            ================================================================
            消息对象:宝宝之家
            ================================================================

            2014-03-02 10:15:33 暖阳(123456)
            有男宝出生8天
            电话13812345678

            2014-03-02 10:16:01 小雨点 <wxid_abc>
            在哪里？
            """;
        var result = ChatLogParser.Parse(log, Capture);

        result.Errors.ShouldBeEmpty();
        result.Posts.Count.ShouldBe(2);
        var first = result.Posts[0];
        first.Id.ShouldBe("abc-1");
        first.Author.ShouldBe("123456");
        first.Source.ShouldBe("宝宝之家");
        first.Time.ShouldBe(new DateTimeOffset(2014, 3, 2, 10, 15, 33, TimeSpan.FromHours(8)));
        first.Text.ShouldBe("有男宝出生8天\n电话13812345678");
        result.Posts[1].Author.ShouldBe("wxid_abc");
        result.Posts[1].Text.ShouldBe("在哪里？");
    }

    [Fact]
    public void Without_a_chat_name_the_capture_name_is_the_source_and_the_offset_is_the_captures()
    {
        var result = ChatLogParser.Parse("2014-3-2 9:05:01 a（42）\nhi", Capture with { LocalOffset = TimeSpan.Zero });
        result.Posts.ShouldHaveSingleItem().Source.ShouldBe("group.txt");
        result.Posts[0].Time.ShouldBe(new DateTimeOffset(2014, 3, 2, 9, 5, 1, TimeSpan.Zero));
        result.Posts[0].Author.ShouldBe("42");
    }

    [Fact]
    public void Messages_without_text_give_no_post()
    {
        var result = ChatLogParser.Parse("2014-03-02 10:15:33 a(1)\n\n2014-03-02 10:15:34 b(2)\nx\n", Capture);
        result.Posts.ShouldHaveSingleItem().Author.ShouldBe("2");
        result.Posts[0].Id.ShouldBe("abc-1");
    }

    [Fact]
    public void Malformed_lines_are_reported_with_their_line_numbers()
    {
        var log = "hello before any header\n2014-03-02 10:15:33 a(1)\nok\n2014-02-30 10:00:00 b(2)\nbad date\n2014-03-02 11:00:00 no id here\n";
        var result = ChatLogParser.Parse(log, Capture);

        result.IsSuccess.ShouldBeFalse();
        result.Errors.Select(e => e.Line).ShouldBe([1, 4, 6]);
        result.Errors[0].Message.ShouldContain("before the first message header");
        result.Errors[1].Message.ShouldContain("2014-02-30 10:00:00");
        result.Errors[2].Message.ShouldContain("sender's id");
        result.Errors[1].ToString("log.txt").ShouldStartWith("log.txt:4: ");
    }
}
