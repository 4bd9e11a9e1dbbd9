using System.IO.Compression;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Homeward.Data;
using Homeward.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Tests;

/// <summary>The /intel pages on the seeded posts (<see cref="WebApp.SeedPosts"/>): highlighting, search, labels, graph, export.</summary>
[Collection(WebCollection.Name)]
public sealed class IntelPagesTests(WebApp app)
{
    [Fact]
    public async Task The_post_view_marks_indicators_and_entities_and_escapes_the_text()
    {
        using var client = await app.SignedInAsync("investigator");
        var html = await client.GetStringAsync("/intel/posts/p2");

        html.ShouldNotContain("<script>alert(1)</script>");
        html.ShouldNotContain("<b>急</b>");
        html.ShouldContain("&lt;script&gt;alert(1)&lt;/script&gt;");
        html.ShouldContain("&amp; &lt;b&gt;");
        html.ShouldContain("&lt;/b&gt;");
        html.ShouldMatch("<mark class=\"[^\"]*\\bent ent-phone\\b[^\"]*\" title=\"[^\"]*phone: ");
        html.ShouldMatch("<mark class=\"ind ind-[a-z-]+( |\")");
        WebUtility.HtmlDecode(html).ShouldContain(">+8613812345678</a>", customMessage: "the entity table shows the phone in E.164");
    }

    [Theory]
    [InlineData("13812345678")]
    [InlineData("138-1234-5678")]
    [InlineData("+86 138 1234 5678")]
    [InlineData("(+86) 138.1234.5678")]
    public async Task Identifier_search_normalises_the_phone_and_shows_the_posts_and_ring(string query)
    {
        using var client = await app.SignedInAsync("administrator");
        var html = await client.GetStringAsync("/intel/search?q=" + Uri.EscapeDataString(query));

        WebUtility.HtmlDecode(html).ShouldContain("+8613812345678");
        html.ShouldContain("href=\"/intel/posts/p1\"");
        html.ShouldContain("href=\"/intel/posts/p2\"");
        html.ShouldNotContain("href=\"/intel/posts/p3\"");
        html.ShouldContain("href=\"/intel/rings/r1\"");
    }

    [Fact]
    public async Task A_label_is_stored_with_its_note_and_audited()
    {
        using var client = await app.SignedInAsync("investigator");
        var response = await WebApp.PostFormAsync(client, "/intel/posts/p3", new() { ["Label"] = "not-offer", ["Note"] = "a <news> item" });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var html = await client.GetStringAsync("/intel/posts/p3");
        html.ShouldContain("not-offer · web:investigator@homeward.test");
        html.ShouldContain("a &lt;news&gt; item");
        (await WebApp.PostFormAsync(client, "/intel/posts/p3", new() { ["Label"] = "sold" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var withoutToken = await client.PostAsync("/intel/posts/p3", new FormUrlEncodedContent(new Dictionary<string, string> { ["Label"] = "offer" }));
        withoutToken.StatusCode.ShouldBe(HttpStatusCode.BadRequest, "antiforgery");

        await using var db = HomewardDatabase.CreateContext(app.Settings);
        var labels = await db.IntelLabels.Where(l => l.Post!.PostId == "p3").ToListAsync();
        labels.Count.ShouldBe(1);
        labels[0].Actor.ShouldBe("web:investigator@homeward.test");
        (await db.AuditEntries.AnyAsync(e => e.Action == "label" && e.EntityType == "intel-post" && e.EntityId == "p3" && e.Actor == "web:investigator@homeward.test"))
            .ShouldBeTrue();
    }

    [Fact]
    public async Task The_ring_graph_is_cytoscape_elements_of_its_posts_and_identifiers()
    {
        using var client = await app.SignedInAsync("investigator");
        using var graph = JsonDocument.Parse(await client.GetStringAsync("/intel/rings/r1/graph.json"));

        var ids = graph.RootElement.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("data").GetProperty("id").GetString()).ToList();
        ids.ShouldContain("post:p1");
        ids.ShouldContain("post:p2");
        ids.ShouldContain(i => i!.StartsWith("identifier:", StringComparison.Ordinal) && i.Contains("+8613812345678", StringComparison.Ordinal));
        graph.RootElement.GetProperty("edges").GetArrayLength().ShouldBeGreaterThanOrEqualTo(2);
        var page = await client.GetStringAsync("/intel/rings/r1");
        page.ShouldContain("data-graph=\"/intel/rings/r1/graph.json\"");
        page.ShouldContain("<svg class=\"chart\"");
        page.ShouldContain(">2025-01<");
        page.ShouldContain(">2025-03<");
    }

    [Theory]
    [InlineData("/lib/cytoscape.min.js")]
    [InlineData("/js/intel-graph.js")]
    public async Task The_graph_scripts_are_served_from_wwwroot(string path)
    {
        using var client = app.Anonymous();
        using var response = await client.GetAsync(path);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/javascript");
    }

    [Fact]
    public async Task The_case_export_holds_the_posts_the_case_and_a_manifest_whose_hashes_verify()
    {
        using var client = await app.SignedInAsync("administrator");
        using var response = await client.GetAsync("/intel/rings/r1/export.zip");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/zip");

        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        var files = zip.Entries.Where(e => e.Length > 0 || !e.FullName.EndsWith('/')).ToDictionary(e => e.FullName, Read);
        files.Keys.ShouldContain("posts.csv");
        files.Keys.ShouldContain("case.json");
        var manifest = Encoding.UTF8.GetString(files["manifest.sha256"]).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        manifest.Select(l => l[66..]).Order(StringComparer.Ordinal).ShouldBe(files.Keys.Where(k => k != "manifest.sha256").Order(StringComparer.Ordinal));
        foreach (var line in manifest)
        {
            Convert.ToHexStringLower(SHA256.HashData(files[line[66..]])).ShouldBe(line[..64], line);
        }

        var csv = Encoding.UTF8.GetString(files["posts.csv"]);
        csv.ShouldContain("p1,");
        csv.ShouldContain("p2,");
        csv.ShouldNotContain("p3,");
        using var json = JsonDocument.Parse(files["case.json"]);
        json.RootElement.GetProperty("rings")[0].GetProperty("id").GetString().ShouldBe("r1");
        await using var db = HomewardDatabase.CreateContext(app.Settings);
        (await db.AuditEntries.AnyAsync(e => e.Action == "export" && e.EntityType == "intel-ring" && e.EntityId == "r1")).ShouldBeTrue();
    }

    private static byte[] Read(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
