using Homeward.Data.Entities;
using Homeward.Kinship;
using Homeward.Registry.Cases;
using Homeward.Registry.Matching;

namespace Homeward.Data.Registry;

/// <summary>
/// Matches between the domain and their rows. A stored match is read back by replaying its recorded
/// history through <see cref="MatchCase"/> (open, then every step with its actor, time, reason and
/// check), so a row the lifecycle would not allow cannot be loaded silently; the follow-up schedule
/// is recovered from the stored due days and the recorded visits are replayed too.
/// </summary>
internal static class MatchRows
{
    public static MatchEntity New(MatchCase match, Guid reportId, Guid foundChildId, DateTime now)
    {
        var row = new MatchEntity
        {
            Id = Guid.CreateVersion7(),
            Code = match.Id,
            ReportId = reportId,
            FoundChildId = foundChildId,
            State = RegistryText.Name(match.State),
            Detail = "[]",
            Version = 1,
            CreatedAt = now,
            UpdatedAt = now,
        };
        WriteScore(row, match.Score);
        AppendSteps(row, match, 0);
        return row;
    }

    /// <summary>Writes the score columns (the LR, per-marker detail, factors, prior, posterior).</summary>
    public static void WriteScore(MatchEntity row, MatchScore? score)
    {
        if (score is null)
        {
            return;
        }

        row.Lr = score.DnaLikelihoodRatio;
        row.Log10Lr = score.DnaLikelihoodRatio > 0 ? Math.Log10(score.DnaLikelihoodRatio) : null;
        row.Detail = RegistryJson.Markers(score.Markers);
        row.DescriptiveLr = score.DescriptiveLikelihoodRatio;
        row.Evidence = RegistryJson.Factors(score.Factors);
        row.PriorOdds = score.PriorOdds;
        row.Posterior = score.PosteriorProbability;
        row.FrequencyTable = score.FrequencyTable;
        row.ScoredAt = Utc.Column(score.ScoredAt);
    }

    /// <summary>Adds the steps of <paramref name="match"/> from <paramref name="from"/> on and the state they lead to; returns the new step rows.</summary>
    public static List<MatchTransitionEntity> AppendSteps(MatchEntity row, MatchCase match, int from)
    {
        var added = new List<MatchTransitionEntity>();
        for (var i = from; i < match.History.Length; i++)
        {
            var step = match.History[i];
            var transition = new MatchTransitionEntity
            {
                Id = Guid.CreateVersion7(),
                MatchId = row.Id,
                Sequence = i,
                Action = RegistryText.Name(step.Action),
                FromState = RegistryText.Name(step.From),
                ToState = RegistryText.Name(step.To),
                Actor = step.Actor,
                At = Utc.Column(step.At),
                Reason = step.Reason,
                VerificationCheck = step.Check is { } check ? RegistryText.Name(check) : null,
                Passed = step.Passed,
            };
            row.Transitions.Add(transition);
            added.Add(transition);
        }

        row.State = RegistryText.Name(match.State);
        row.ExclusionReason = match.ExclusionReason;
        return added;
    }

    /// <summary>
    /// The match of a row with its transitions and follow-up visits loaded, by replaying its history;
    /// a history the lifecycle refuses is reported, not repaired.
    /// </summary>
    public static Result<MatchCase> ToDomain(MatchEntity row, string reportCode, string foundChildCode)
    {
        var steps = row.Transitions.OrderBy(t => t.Sequence).ToList();
        var place = $"match {row.Code}";
        if (steps.Count == 0 || !RegistryText.TryParse<MatchAction>(steps[0].Action, out var first) || first != MatchAction.Open)
        {
            return Result<MatchCase>.Failure(place, "the stored history does not start with its opening");
        }

        var match = MatchCase.Open(row.Code, new MatchKey(reportCode, foundChildCode), Score(row), ExclusionRegistry.Empty, steps[0].Actor, Utc.Domain(steps[0].At), steps[0].Reason);
        foreach (var step in steps.Skip(1))
        {
            if (!match.IsSuccess)
            {
                break;
            }

            if (!RegistryText.TryParse<MatchAction>(step.Action, out var action))
            {
                return Result<MatchCase>.Failure(place, $"step {step.Sequence}: unknown action '{step.Action}'");
            }

            var at = Utc.Domain(step.At);
            match = action switch
            {
                MatchAction.RecordCheck when RegistryText.TryParse<VerificationCheck>(step.VerificationCheck, out var check) =>
                    match.Value.RecordCheck(check, step.Passed == true, step.Actor, at, step.Reason),
                MatchAction.StartFollowUps => match.Value.StartFollowUps(Schedule(row, match.Value), step.Actor, at, step.Reason),
                _ => match.Value.Apply(action, step.Actor, at, step.Reason),
            };
        }

        foreach (var visit in row.FollowUps.Where(v => v.VisitedOn is not null).OrderBy(v => v.Number))
        {
            if (!match.IsSuccess)
            {
                break;
            }

            match = match.Value.RecordFollowUp(visit.Number, visit.VisitedOn!.Value, visit.Caseworker ?? string.Empty, visit.Notes, visit.RaisesConcern);
        }

        return match;
    }

    /// <summary>The stored score, or null when the match was never scored.</summary>
    public static MatchScore? Score(MatchEntity row) => row.ScoredAt is { } scoredAt
        ? new MatchScore(row.Lr, RegistryJson.ParseMarkers(row.Detail), row.DescriptiveLr, RegistryJson.ParseFactors(row.Evidence), row.PriorOdds, row.Posterior, row.FrequencyTable ?? string.Empty, Utc.Domain(scoredAt))
        : null;

    /// <summary>Rows for the visits a match has that the row does not (after follow-ups were scheduled); returns them.</summary>
    public static List<FollowUpVisitEntity> AddVisits(MatchEntity row, MatchCase match)
    {
        var added = new List<FollowUpVisitEntity>();
        for (var i = row.FollowUps.Count; i < match.FollowUps.Length; i++)
        {
            var visit = new FollowUpVisitEntity { Id = Guid.CreateVersion7(), MatchId = row.Id, Number = i, DueOn = match.FollowUps[i].DueOn };
            row.FollowUps.Add(visit);
            added.Add(visit);
        }

        return added;
    }

    /// <summary>Writes a recorded visit onto its row.</summary>
    public static void WriteVisit(FollowUpVisitEntity row, FollowUpVisit visit)
    {
        row.VisitedOn = visit.VisitedOn;
        row.Caseworker = visit.Caseworker;
        row.Notes = visit.Notes;
        row.RaisesConcern = visit.RaisesConcern;
    }

    private static FollowUpSchedule Schedule(MatchEntity row, MatchCase match)
    {
        if (row.FollowUps.Count == 0 || match.ReunitedOn is not { } reunited)
        {
            return FollowUpSchedule.Default;
        }

        var months = row.FollowUps.OrderBy(v => v.Number).Select(v => ((v.DueOn.Year - reunited.Year) * 12) + v.DueOn.Month - reunited.Month);
        var schedule = FollowUpSchedule.Create(months);
        return schedule.IsSuccess ? schedule.Value : FollowUpSchedule.Default;
    }
}
