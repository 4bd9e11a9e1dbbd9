using Homeward.Intel.Ingest;

namespace Homeward.Intel.Tests.Ingest;

public sealed class TelegramExportParserTests
{
    private static readonly CaptureSource Capture = new("result.json", "https://t.me/x", "tg");

    [Fact]
    public void Messages_with_text_as_string_or_entities_are_posts_and_service_messages_are_skipped()
    {
        var json = """
            {
             "name": "送养频道",
             "messages": [
              {"id": 1, "type": "service", "date": "2024-05-10T08:00:00", "action": "create_channel", "text": ""},
              {"id": 2, "type": "message", "date": "2024-05-14T20:30:00", "date_unixtime": "1715689800",
               "from": "暖阳", "from_id": "user1",
               "text": ["电话 ", {"type": "phone", "text": "13923456781"}, " 详聊"]},
              {"id": 3, "type": "message", "date": "2024-05-15T09:05:00", "from": "b", "text": "依法收养"}
             ]
            }
            """;
        var result = TelegramExportParser.Parse(json, Capture);

        result.Errors.ShouldBeEmpty();
        result.Posts.Count.ShouldBe(2);
        result.Posts[0].Text.ShouldBe("电话 13923456781 详聊");
        result.Posts[0].Author.ShouldBe("user1");
        result.Posts[0].Source.ShouldBe("送养频道");
        result.Posts[0].Url.ShouldBe("https://t.me/x");
        result.Posts[0].Time.ShouldBe(DateTimeOffset.FromUnixTimeSeconds(1715689800));
        result.Posts[1].Author.ShouldBe("b");
        result.Posts[1].Time.ShouldBe(new DateTimeOffset(2024, 5, 15, 9, 5, 0, TimeSpan.FromHours(8)));
        result.Posts[1].Id.ShouldBe("tg-2");
    }

    [Fact]
    public void A_bad_message_is_reported_at_the_line_where_it_starts()
    {
        var json = "{\n \"name\": \"x\",\n \"messages\": [\n  {\"id\": 1, \"type\": \"message\", \"text\": \"ok\"},\n  {\"id\": 2,\n   \"type\": \"message\",\n   \"text\": 5}\n ]\n}";
        var result = TelegramExportParser.Parse(json, Capture);

        var error = result.Errors.ShouldHaveSingleItem();
        error.Line.ShouldBe(5);
        error.Message.ShouldContain("messages[1]");
        error.Message.ShouldContain("\"text\" must be");
        result.Posts.ShouldHaveSingleItem().Text.ShouldBe("ok");
    }

    [Fact]
    public void Invalid_json_is_reported_at_its_line() =>
        TelegramExportParser.Parse("{\n \"messages\": [\n  {\"id\": 1,,}\n ]\n}", Capture).Errors.ShouldHaveSingleItem().Line.ShouldBe(3);

    [Fact]
    public void A_file_that_is_not_an_export_says_so() =>
        TelegramExportParser.Parse("[1, 2]", Capture).Errors.ShouldHaveSingleItem().Message.ShouldContain("\"messages\" array");

    [Fact]
    public void A_bad_date_is_an_error() =>
        TelegramExportParser.Parse("""{"messages": [{"type": "message", "date": "14/05/2024", "text": "x"}]}""", Capture)
            .Errors.ShouldHaveSingleItem().Message.ShouldContain("\"date\"");
}
