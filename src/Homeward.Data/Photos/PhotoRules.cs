namespace Homeward.Data.Photos;

/// <summary>Limits of the photo table and the audit names of owners.</summary>
internal static class PhotoRules
{
    /// <summary>The longest caption, in characters.</summary>
    public const int MaxCaption = 200;

    /// <summary>The audit log's entity type of an owner (the same as for the case itself).</summary>
    public static string AuditType(PhotoOwner owner) => owner == PhotoOwner.Report ? "report" : "found-child";
}
