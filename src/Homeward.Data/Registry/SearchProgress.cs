namespace Homeward.Data.Registry;

/// <summary>Passes the matcher's progress (found children searched) on as the store's <c>searching</c> stage.</summary>
internal sealed class SearchProgress(IProgress<MatchingProgress> inner) : IProgress<Homeward.Registry.Continuous.MatchingProgress>
{
    public static SearchProgress? Of(IProgress<MatchingProgress>? inner) => inner is null ? null : new SearchProgress(inner);

    public void Report(Homeward.Registry.Continuous.MatchingProgress value) =>
        inner.Report(new MatchingProgress("searching", value.FoundChildrenDone, value.FoundChildren));
}
