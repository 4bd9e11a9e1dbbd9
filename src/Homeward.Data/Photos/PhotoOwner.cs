namespace Homeward.Data.Photos;

/// <summary>Whose photo it is: the missing child of a report, or a found child.</summary>
public enum PhotoOwner
{
    /// <summary>The missing child of a report (by the report's code).</summary>
    Report,

    /// <summary>A found child (by the child's code).</summary>
    FoundChild,
}
