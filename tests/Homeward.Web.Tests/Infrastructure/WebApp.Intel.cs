using Homeward.Data.Intel;
using Microsoft.Extensions.DependencyInjection;

namespace Homeward.Web.Tests.Infrastructure;

/// <summary>The Intel posts every test application starts with: a ring of two offers sharing a phone written
/// two ways (p1, p2; p2 carries markup in its text), and a news item (p3).</summary>
public sealed partial class WebApp
{
    public const string SeedPosts =
        """
        {"id":"p1","source":"forum","author":"a1","time":"2025-01-03T10:00:00+08:00","text":"出生8天男宝宝送养，营养费5万元，联系电话138-1234-5678"}
        {"id":"p2","source":"forum","author":"a2","time":"2025-03-04T10:00:00+08:00","text":"<script>alert(1)</script>刚出生女婴找好人家送养，要营养费3万元，电话 +86 138 1234 5678 & <b>急</b>"}
        {"id":"p3","source":"news","time":"2025-02-01T10:00:00+08:00","text":"警方打击拐卖儿童犯罪，新闻报道"}
        """;

    private async Task SeedIntelAsync()
    {
        var loaded = await _app!.Services.GetRequiredService<PostStore>().LoadAsync([new PostSource("intel.jsonl", () => new StringReader(SeedPosts))], "test");
        loaded.Errors.ShouldBeEmpty();
    }
}
