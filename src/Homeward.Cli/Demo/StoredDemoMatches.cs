using Homeward.Data.Registry;
using Homeward.Registry.Demo;
using Homeward.Registry.Matching;

namespace Homeward.Cli.Demo;

/// <summary>The demo's matches as stored: every match of the scenario's found children, highest posterior first, each read (and audited) with its score.</summary>
internal static class StoredDemoMatches
{
    private const int Page = 1000;

    public static IReadOnlyList<MatchCase> Read(RegistryStore store, DemoScenario scenario, string actor)
    {
        var children = scenario.Snapshot.FoundChildren.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var ids = new List<string>();
        for (var skip = 0; ; skip += Page)
        {
            var page = store.ListMatchesAsync(new MatchQuery { Skip = skip, Take = Page }, actor).GetAwaiter().GetResult();
            ids.AddRange(page.Items.Where(m => children.Contains(m.FoundChildId)).Select(m => m.Id));
            if (page.Items.Count < Page)
            {
                break;
            }
        }

        return store.GetMatchesAsync(ids, actor).GetAwaiter().GetResult();
    }
}
