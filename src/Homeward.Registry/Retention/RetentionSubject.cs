namespace Homeward.Registry.Retention;

/// <summary>What kind of data a decision is about.</summary>
public enum RetentionSubject
{
    /// <summary>A relative's genetic profile (by sample code).</summary>
    RelativeProfile = 1,

    /// <summary>The found child's genetic profile (by sample code).</summary>
    ChildProfile,

    /// <summary>The whole case record: report, relatives' details, photos.</summary>
    CaseRecord,
}
