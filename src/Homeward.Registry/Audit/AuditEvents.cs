using Homeward.Kinship;
using Homeward.Registry.Matching;
using Homeward.Registry.Retention;

namespace Homeward.Registry.Audit;

/// <summary>
/// Audit rows for the registry's own events. They carry ids, states and rule names only: a
/// transition's free-text reason stays with the match (it may name people), not in the log.
/// </summary>
public static class AuditEvents
{
    /// <summary>The row for a match transition.</summary>
    public static Result<AuditEntry> Transition(AuditHead head, MatchCase match, MatchTransition step)
    {
        ArgumentNullException.ThrowIfNull(match);
        ArgumentNullException.ThrowIfNull(step);
        var details = step.Check is { } check ? $"{step.Action} {check}={(step.Passed == true ? "passed" : "failed")}" : $"{step.Action} {step.From}->{step.To}";
        return AuditChain.Next(head, step.At, step.Actor, step.Action == MatchAction.Open ? AuditAction.Create : AuditAction.Transition, "match", match.Id, details);
    }

    /// <summary>The row for a retention deletion carried out by the job.</summary>
    public static Result<AuditEntry> Deletion(AuditHead head, RetentionDecision decision, DateTimeOffset at, string job)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var type = decision.Subject switch
        {
            RetentionSubject.RelativeProfile => "relative-profile",
            RetentionSubject.ChildProfile => "child-profile",
            _ => "case",
        };
        return AuditChain.Next(head, at, job, AuditAction.Delete, type, decision.Id, $"retention {decision.Rule} (case {decision.ReportId})");
    }
}
