using Homeward.Kinship;
using Homeward.Registry.Places;

namespace Homeward.Registry.Cases;

/// <summary>A reunion of a found child with the family of a report, as the match lifecycle records it.</summary>
public sealed class Reunion
{
    private Reunion(string matchId, string reportId, string foundChildId, DateOnly reunitedOn, Place place, string recordedBy)
    {
        MatchId = matchId;
        ReportId = reportId;
        FoundChildId = foundChildId;
        ReunitedOn = reunitedOn;
        Place = place;
        RecordedBy = recordedBy;
    }

    /// <summary>The match that led to the reunion.</summary>
    public string MatchId { get; }

    /// <summary>The report.</summary>
    public string ReportId { get; }

    /// <summary>The found child.</summary>
    public string FoundChildId { get; }

    /// <summary>The day of the reunion.</summary>
    public DateOnly ReunitedOn { get; }

    /// <summary>Where it took place.</summary>
    public Place Place { get; }

    /// <summary>The caseworker who recorded it.</summary>
    public string RecordedBy { get; }

    /// <summary>The reunion of a match that was reunited (its day is the day of the Reunite step).</summary>
    public static Result<Reunion> Of(Matching.MatchCase match, Place place)
    {
        ArgumentNullException.ThrowIfNull(match);
        if (match.ReunitedOn is not { } day)
        {
            return Result<Reunion>.Failure($"reunion {match.Id}", $"the match is {match.State}, not reunited");
        }

        var step = match.History.Last(t => t.Action == Matching.MatchAction.Reunite);
        return Create(match.Id, match.Key.ReportId, match.Key.FoundChildId, day, place, step.Actor);
    }

    /// <summary>Creates a reunion.</summary>
    public static Result<Reunion> Create(string matchId, string reportId, string foundChildId, DateOnly reunitedOn, Place place, string recordedBy)
    {
        ArgumentNullException.ThrowIfNull(place);
        return new Validation($"reunion {matchId}")
            .RequireId(matchId, "match")
            .RequireId(reportId, "report")
            .RequireId(foundChildId, "foundChild")
            .RequireText(recordedBy, "recordedBy")
            .Build(() => new Reunion(matchId, reportId, foundChildId, reunitedOn, place, recordedBy));
    }
}
