namespace Homeward.Data.Cases;

/// <summary>A child's most probable match that is not excluded.</summary>
/// <param name="Code">The match's code (<c>M-…</c>).</param>
/// <param name="State">Its lifecycle state as stored (<c>under-review</c>).</param>
/// <param name="Posterior">P(the child is the report's missing child | all evidence).</param>
public sealed record BestMatch(string Code, string State, double Posterior);
