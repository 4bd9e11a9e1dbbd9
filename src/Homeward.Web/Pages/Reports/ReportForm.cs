namespace Homeward.Web.Pages.Reports;

/// <summary>The report form's fields.</summary>
public sealed class ReportForm
{
    public string? Code { get; set; }

    public string? PoliceCaseNumber { get; set; }

    public DateOnly? ReportedOn { get; set; }

    public PersonForm Person { get; set; } = new();
}
