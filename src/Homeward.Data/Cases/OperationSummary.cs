namespace Homeward.Data.Cases;

/// <summary>An operation in a list, with what became of the children it rescued.</summary>
/// <param name="Code">The operation's code.</param>
/// <param name="Name">Its short description.</param>
/// <param name="StartedOn">Its day (or first day).</param>
/// <param name="Provinces">The provinces involved (short Chinese names).</param>
/// <param name="Arrests">Arrests.</param>
/// <param name="Children">Found children recorded as rescued by it.</param>
/// <param name="DnaTyped">Those of them with a typed sample.</param>
/// <param name="Matched">Those of them with a match that is not excluded.</param>
/// <param name="Reunited">Those of them with a match reunited (or in follow-ups).</param>
public sealed record OperationSummary(
    string Code, string? Name, DateOnly? StartedOn, IReadOnlyList<string> Provinces, int Arrests, int Children, int DnaTyped, int Matched, int Reunited);
