namespace Homeward.Data.Cases;

/// <summary>An operation's facts and one page of the children it rescued.</summary>
/// <param name="Code">The operation's code.</param>
/// <param name="Name">Its short description.</param>
/// <param name="StartedOn">Its day (or first day).</param>
/// <param name="Provinces">The provinces involved (short Chinese names).</param>
/// <param name="Arrests">Arrests.</param>
/// <param name="Rings">Ids of the trafficking rings.</param>
/// <param name="Children">The rescued children, by code, one page.</param>
public sealed record OperationDetail(
    string Code, string? Name, DateOnly? StartedOn, IReadOnlyList<string> Provinces, int Arrests, IReadOnlyList<string> Rings, CasePage<RescuedChild> Children);
