namespace Homeward.Registry.Cases;

/// <summary>One hand-over of a sample: from whom to whom, when, and a note (seal number, condition).</summary>
/// <param name="At">When the sample changed hands.</param>
/// <param name="From">Who handed it over (user or lab id).</param>
/// <param name="To">Who received it.</param>
/// <param name="Note">Seal number, condition, storage.</param>
public sealed record CustodyEntry(DateTimeOffset At, string From, string To, string Note);
