using System.Collections.Immutable;
using Homeward.Kinship;

namespace Homeward.Registry.Cases;

/// <summary>
/// A DNA sample under its pseudonymous code: lab, kit, collection date and the chain of custody. It
/// holds no name; who gave it is known only to the case (<see cref="Donor.SampleCode"/>,
/// <see cref="FoundChild.SampleCode"/>).
/// </summary>
public sealed class Sample
{
    private Sample(string code, SampleSubject subject, string lab, string kit, DateOnly collectedOn, ImmutableArray<CustodyEntry> custody)
    {
        Code = code;
        Subject = subject;
        Lab = lab;
        Kit = kit;
        CollectedOn = collectedOn;
        Custody = custody;
    }

    /// <summary>The pseudonymous sample code.</summary>
    public string Code { get; }

    /// <summary>Reference (relative) or query (found child).</summary>
    public SampleSubject Subject { get; }

    /// <summary>The typing laboratory.</summary>
    public string Lab { get; }

    /// <summary>The STR kit (Goldeneye 20A, GlobalFiler, …).</summary>
    public string Kit { get; }

    /// <summary>The day the sample was collected.</summary>
    public DateOnly CollectedOn { get; }

    /// <summary>The chain of custody, oldest first; each entry hands over from the previous receiver.</summary>
    public ImmutableArray<CustodyEntry> Custody { get; }

    /// <summary>Who holds the sample now (the last receiver), or null before the first hand-over.</summary>
    public string? Holder => Custody.IsEmpty ? null : Custody[^1].To;

    /// <summary>Creates a sample with no custody entries yet.</summary>
    public static Result<Sample> Create(string code, SampleSubject subject, string lab, string kit, DateOnly collectedOn) =>
        new Validation($"sample {code}")
            .RequireId(code, "code")
            .Require(Enum.IsDefined(subject), "subject", $"unknown subject {subject}")
            .RequireText(lab, "lab")
            .RequireText(kit, "kit")
            .Build(() => new Sample(code, subject, lab.Trim(), kit.Trim(), collectedOn, []));

    /// <summary>
    /// Records a hand-over. It must not predate collection or the previous hand-over, and it must come
    /// from the current holder: a gap in the chain is refused, not repaired.
    /// </summary>
    public Result<Sample> HandOver(CustodyEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var place = $"sample {Code}";
        return new Validation(place)
            .RequireText(entry.From, "custody.from")
            .RequireText(entry.To, "custody.to")
            .Require(DateOnly.FromDateTime(entry.At.UtcDateTime.AddDays(1)) >= CollectedOn, "custody.at", "is before the sample was collected")
            .Require(Custody.IsEmpty || entry.At >= Custody[^1].At, "custody.at", "is before the previous hand-over")
            .Require(Holder is null || string.Equals(Holder, entry.From, StringComparison.Ordinal), "custody.from", $"the sample is held by {Holder}, not {entry.From}")
            .Build(() => new Sample(Code, Subject, Lab, Kit, CollectedOn, Custody.Add(entry)));
    }
}
