using Homeward.Registry.Retention;

namespace Homeward.Data.Registry;

/// <summary>What the retention job decided and did.</summary>
/// <param name="Decisions">Every decision, keep ones included (each case explained).</param>
/// <param name="Deleted">Decisions carried out (0 in a dry run).</param>
/// <param name="DryRun">Whether nothing was deleted on purpose.</param>
/// <param name="Warnings">Cases that could not be judged (known only from an import), and why.</param>
public sealed record RetentionOutcome(IReadOnlyList<RetentionDecision> Decisions, int Deleted, bool DryRun, IReadOnlyList<string> Warnings);
