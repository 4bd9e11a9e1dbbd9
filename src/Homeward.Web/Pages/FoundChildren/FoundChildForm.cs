namespace Homeward.Web.Pages.FoundChildren;

/// <summary>The found-child form's fields.</summary>
public sealed class FoundChildForm
{
    public string? Code { get; set; }

    public string? Sex { get; set; } = "U";

    public DateOnly? FoundOn { get; set; }

    public int? EstimatedBirthYear { get; set; }

    public string? Institution { get; set; }

    /// <summary>The code of the operation that rescued the child; empty for none.</summary>
    public string? Operation { get; set; }

    public PersonForm Person { get; set; } = new();
}
