namespace Homeward.Registry.Cases;

/// <summary>
/// What a relative agreed their DNA profile may be used for (PIPL: separate consent per purpose).
/// Each scope is given on its own; none implies another.
/// </summary>
[Flags]
public enum ConsentScopes
{
    /// <summary>No use at all: the profile is kept out of every search.</summary>
    None = 0,

    /// <summary>Searched against found children in the national identification index.</summary>
    DomesticIdentification = 1,

    /// <summary>May be sent to foreign or international databases (cross-border cases); never searched by the domestic matcher for that reason alone.</summary>
    InternationalSearch = 2,

    /// <summary>The kinship result may be used as evidence in criminal proceedings.</summary>
    Evidence = 4,

    /// <summary>The profile may be kept after a reunion (e.g. for a sibling still missing).</summary>
    KeepAfterReunion = 8,
}
