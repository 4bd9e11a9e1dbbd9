namespace Homeward.Data.Profiles;

/// <summary>What an imported record says about whose profile it is.</summary>
internal enum ProfileKind
{
    /// <summary>A relative of a missing child (it names a report and a role).</summary>
    Reference,

    /// <summary>A found child or unidentified person.</summary>
    Query,

    /// <summary>
    /// Genotypes only (lab CSV, CMF): the sample keeps the attribution it already has; a new sample
    /// becomes a query profile.
    /// </summary>
    GenotypesOnly,
}
