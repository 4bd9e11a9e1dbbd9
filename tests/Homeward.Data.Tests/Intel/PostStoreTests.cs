using Homeward.Data.Intel;
using Homeward.Data.Tests.Infrastructure;
using Homeward.Registry.Tests;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Data.Tests.Intel;

/// <summary>The stored posts of Intel: load all or nothing, triage order, identifier search, rings, labels, audit.</summary>
public sealed class PostStoreTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);

    /// <summary>Two offers sharing a phone written two ways, and a news item.</summary>
    internal static string Posts() => string.Join('\n',
        """{"id":"p1","source":"forum","author":"a1","time":"2025-01-03T10:00:00+08:00","text":"出生8天男宝宝送养，营养费5万元，联系电话138-1234-5678"}""",
        """{"id":"p2","source":"forum","author":"a2","time":"2025-02-04T10:00:00+08:00","text":"刚出生女婴找好人家送养，要营养费3万元，电话 +86 138 1234 5678","evidence":"0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"}""",
        """{"id":"p3","source":"news","text":"警方打击拐卖儿童犯罪，新闻报道"}""");

    private static PostSource Source(string name, string text) => new(name, () => new StringReader(text));

    [Theory, DatabaseData]
    public async Task A_load_stores_the_analysis_links_the_ring_and_the_triage_puts_flagged_first(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var store = new PostStore(database.Settings, new FakeClock(T0));

        var summary = await store.LoadAsync([Source("a.jsonl", Posts())], "analyst");

        summary.Errors.ShouldBeEmpty();
        summary.Added.ShouldBe(3);
        var queue = await store.TriageAsync(false, 1, 10, "analyst");
        queue.Total.ShouldBe(3);
        queue.Items.Select(p => p.Flagged).ShouldBe([true, true, false]);
        queue.Items[0].Score.ShouldBeGreaterThanOrEqualTo(queue.Items[1].Score);
        queue.Items[0].Ring.ShouldNotBeNull();
        queue.Items[0].Ring.ShouldBe(queue.Items[1].Ring, "the same phone in two formats links them");
        queue.Items[2].Ring.ShouldBeNull();

        var p2 = (await store.GetAsync("p2", "analyst"))!;
        p2.Evidence.ShouldBe("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
        p2.Entities.ShouldContain(e => e.Name == "phone" && e.Value == "+8613812345678" && p2.Post.Text.Substring(e.Start, e.End - e.Start) == e.Text);
        p2.Indicators.ShouldNotBeEmpty();
        p2.Indicators.ShouldAllBe(i => p2.Post.Text.Substring(i.Start, i.End - i.Start) == i.Text);

        var ring = (await store.RingAsync(queue.Items[0].Ring!, "analyst"))!;
        ring.Members.Select(m => m.Id).ShouldBe(["p1", "p2"]);
        ring.Identifiers.ShouldContain(("phone", "+8613812345678", 2));
        ring.Timeline.Select(t => t.Key).ShouldBe(["2025-01", "2025-02"]);
        (await store.RingsAsync("analyst")).Single().Posts.ShouldBe(2);
    }

    [Theory, DatabaseData]
    public async Task A_bad_line_stores_nothing_and_names_its_file_and_line(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var store = new PostStore(database.Settings, new FakeClock(T0));

        var summary = await store.LoadAsync([Source("a.jsonl", Posts()), Source("b.jsonl", "\n{\"id\":\"x\"}\n")], "analyst");

        summary.Succeeded.ShouldBeFalse();
        summary.Errors.Single().Place.ShouldBe("b.jsonl:2");
        await using var db = database.Context();
        (await db.IntelPosts.CountAsync()).ShouldBe(0);
    }

    [Theory, DatabaseData]
    public async Task Identifier_search_finds_a_phone_in_any_format(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var store = new PostStore(database.Settings, new FakeClock(T0));
        await store.LoadAsync([Source("a.jsonl", Posts())], "analyst");

        foreach (var query in new[] { "13812345678", "138 1234 5678", "+86-138-1234-5678", "＋８６１３８１２３４５６７８" })
        {
            var found = await store.FindAsync(query, "analyst");
            found.Values.ShouldContain("+8613812345678", query);
            found.Posts.Select(p => p.Id).Order().ToArray().ShouldBe(["p1", "p2"], query);
            found.Rings.Count.ShouldBe(1);
        }

        (await store.FindAsync("13900000000", "analyst")).Posts.ShouldBeEmpty();
    }

    [Theory, DatabaseData]
    public async Task A_label_is_kept_with_who_and_when_and_audited(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var store = new PostStore(database.Settings, new FakeClock(T0));
        await store.LoadAsync([Source("a.jsonl", Posts())], "analyst");

        (await store.LabelAsync("p1", "offer", " seen twice ", "investigator-3")).ShouldBeEmpty();
        (await store.LabelAsync("p1", "sold", null, "investigator-3")).Single().Place.ShouldBe("Label");
        (await store.LabelAsync("nope", "offer", null, "investigator-3")).Single().Place.ShouldBe("Id");

        var post = (await store.GetAsync("p1", "investigator-3"))!;
        post.Labels.ShouldBe([new IntelLabel("offer", "seen twice", "investigator-3", T0.UtcDateTime)]);
        (await store.TriageAsync(true, 1, 10, "x")).Items.Select(p => p.Id).ShouldNotContain("p1");
        await using var db = database.Context();
        var audit = await db.AuditEntries.OrderBy(e => e.Sequence).ToListAsync();
        audit.ShouldContain(e => e.Action == "label" && e.EntityType == "intel-post" && e.EntityId == "p1" && e.Actor == "investigator-3");
        audit.ShouldContain(e => e.Action == "read" && e.EntityId == "p1");
        audit.ShouldContain(e => e.Action == "import" && e.EntityType == "intel-post");
    }
}
