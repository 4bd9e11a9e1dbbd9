namespace Homeward.Registry.Evidence;

/// <summary>The kinds of descriptive evidence.</summary>
public enum EvidenceKind
{
    /// <summary>Recorded sex of the missing and the found child.</summary>
    Sex = 1,

    /// <summary>Estimated age vs age at disappearance plus elapsed time.</summary>
    Age,

    /// <summary>Found after the disappearance (found before it is impossible).</summary>
    Dates,

    /// <summary>Distance between where the child was last seen and where the found child was found.</summary>
    Place,

    /// <summary>Names in characters and pinyin.</summary>
    Name,
}
