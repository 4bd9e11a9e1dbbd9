using Homeward.Data.Reading;

namespace Homeward.Data.Tests.Reading;

/// <summary>The cache itself: a view is found only at the version it was kept under.</summary>
public sealed class ReadCacheTests
{
    [Fact]
    public void A_view_is_found_only_at_its_version_and_of_its_type()
    {
        var cache = new ReadCache();
        cache.Set("matches", "*:0:25", 7, "page at 7");

        cache.TryGet("matches", "*:0:25", 7, out string hit).ShouldBeTrue();
        hit.ShouldBe("page at 7");
        cache.TryGet("matches", "*:0:25", 8, out string _).ShouldBeFalse();
        cache.TryGet("matches", "*:25:25", 7, out string _).ShouldBeFalse();
        cache.TryGet("match", "*:0:25", 7, out string _).ShouldBeFalse();
        cache.TryGet("matches", "*:0:25", 7, out int _).ShouldBeFalse();
        cache.Hits.ShouldBe(1);
    }

    [Fact]
    public void An_older_view_never_replaces_a_newer_one()
    {
        var cache = new ReadCache();
        cache.Set("match", "M-1", 9, "at 9");
        cache.Set("match", "M-1", 8, "at 8 (a slow reader finishing late)");

        cache.TryGet("match", "M-1", 9, out string view).ShouldBeTrue();
        view.ShouldBe("at 9");
        cache.TryGet("match", "M-1", 8, out string _).ShouldBeFalse();
    }

    [Fact]
    public void Past_its_capacity_it_starts_again_empty()
    {
        var cache = new ReadCache(capacity: 3);
        for (var i = 0; i < 3; i++)
        {
            cache.Set("match", $"M-{i}", 1, i);
        }

        cache.Count.ShouldBe(3);
        cache.Set("match", "M-3", 1, 3);

        cache.Count.ShouldBe(1);
        cache.TryGet("match", "M-0", 1, out int _).ShouldBeFalse();
        cache.TryGet("match", "M-3", 1, out int three).ShouldBeTrue();
        three.ShouldBe(3);
    }
}
