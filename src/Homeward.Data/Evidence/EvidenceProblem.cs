namespace Homeward.Data.Evidence;

/// <summary>A manifest line whose evidence is missing, altered or unreadable.</summary>
/// <param name="Line">The 1-based line of <c>manifest.jsonl</c>.</param>
/// <param name="Kind"><c>missing</c>, <c>altered</c> or <c>malformed</c>.</param>
/// <param name="Detail">What was found.</param>
/// <param name="ManifestLine">The manifest line as written.</param>
internal sealed record EvidenceProblem(int Line, string Kind, string Detail, string ManifestLine);
