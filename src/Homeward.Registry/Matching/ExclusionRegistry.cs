using System.Collections.Immutable;
using Homeward.Kinship;

namespace Homeward.Registry.Matching;

/// <summary>
/// The pairs (report × found child) that were excluded. Continuous matching consults it, and
/// <see cref="MatchCase.Open"/> refuses an excluded pair, so an exclusion stays an exclusion
/// (NamUs practice): new markers or frequencies may raise the LR, but a human decided. Immutable;
/// records are only added.
/// </summary>
public sealed class ExclusionRegistry
{
    private readonly ImmutableDictionary<MatchKey, ExclusionRecord> _records;

    private ExclusionRegistry(ImmutableDictionary<MatchKey, ExclusionRecord> records) => _records = records;

    /// <summary>No exclusions.</summary>
    public static ExclusionRegistry Empty { get; } = new(ImmutableDictionary<MatchKey, ExclusionRecord>.Empty);

    /// <summary>The number of excluded pairs.</summary>
    public int Count => _records.Count;

    /// <summary>All records.</summary>
    public IEnumerable<ExclusionRecord> Records => _records.Values;

    /// <summary>The registry of every excluded match among <paramref name="matches"/>.</summary>
    public static ExclusionRegistry From(IEnumerable<MatchCase> matches)
    {
        ArgumentNullException.ThrowIfNull(matches);
        var registry = Empty;
        foreach (var match in matches.Where(m => m.State == MatchState.Excluded))
        {
            registry = registry.Add(match).Value;
        }

        return registry;
    }

    /// <summary>Whether the pair is excluded.</summary>
    public bool IsExcluded(MatchKey key) => _records.ContainsKey(key);

    /// <summary>The record of an excluded pair, or null.</summary>
    public ExclusionRecord? Find(MatchKey key) => _records.GetValueOrDefault(key);

    /// <summary>Adds an excluded match; refused when the match is not excluded.</summary>
    public Result<ExclusionRegistry> Add(MatchCase match)
    {
        ArgumentNullException.ThrowIfNull(match);
        if (match.State != MatchState.Excluded)
        {
            return Result<ExclusionRegistry>.Failure($"match {match.Id}", $"is {match.State}, not excluded");
        }

        if (_records.ContainsKey(match.Key))
        {
            return this;
        }

        var last = match.History[^1];
        return new ExclusionRegistry(_records.Add(match.Key, new ExclusionRecord(match.Key, match.Id, last.Actor, last.At, last.Reason)));
    }
}
