namespace Homeward.Intel.Rings;

/// <summary>How posts are linked into rings.</summary>
/// <param name="DegreeCap">An identifier shared by more posts than this is generic (a group admin, a
/// hotline): it is reported but does not link.</param>
/// <param name="SplitAbove">Components with more posts than this are split into Louvain communities.</param>
/// <param name="FlaggedOnly">Link only flagged posts (the default); otherwise every post.</param>
/// <param name="LinkAuthors">Whether the same author account on the same source links posts.</param>
public sealed record RingOptions(int DegreeCap = 100, int SplitAbove = 100, bool FlaggedOnly = true, bool LinkAuthors = true);
