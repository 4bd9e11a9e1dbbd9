namespace Homeward.Registry.Cases;

/// <summary>Whose sample it is, by kind only: the subject's identity is linked in the case, not on the sample.</summary>
public enum SampleSubject
{
    /// <summary>A relative of a missing child (reference sample).</summary>
    Relative = 1,

    /// <summary>A found child or unidentified person (query sample).</summary>
    FoundChild,
}
