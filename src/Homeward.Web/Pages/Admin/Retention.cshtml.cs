using Homeward.Data.Registry;
using Homeward.Registry.Retention;
using Homeward.Web.Matching;
using Homeward.Web.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Homeward.Web.Pages.Admin;

/// <summary>
/// Retention (administrators): the settings in force, what the job would delete today (a dry run,
/// audited as a read), a button to run it (each deletion audited by the store), and the legal hold of a
/// case on or off with a reason.
/// </summary>
public sealed class RetentionModel(MatchRegistry registry, HomewardWebOptions options, TimeProvider time) : PageModel
{
    public RetentionSettings Settings => options.Registry.Retention;

    /// <summary>The day the rules are applied on (today, UTC).</summary>
    public DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    public RetentionOutcome Preview { get; private set; } = new([], 0, true, []);

    public IEnumerable<RetentionDecision> Due => Preview.Decisions.Where(d => d.Delete);

    /// <summary>Reports under legal hold (each of their decisions says so).</summary>
    public IEnumerable<string> Held => Preview.Decisions.Where(d => d.Rule == RetentionRule.LegalHold).Select(d => d.ReportId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);

    /// <summary>Deletions carried out by the run just done (after the redirect).</summary>
    [BindProperty(SupportsGet = true, Name = "deleted")]
    public int? Deleted { get; set; }

    /// <summary>The report whose legal hold was just changed (after the redirect).</summary>
    [BindProperty(SupportsGet = true, Name = "held")]
    public string? HoldChanged { get; set; }

    /// <summary>The English words (resource key) for a kind of data.</summary>
    public static string SubjectText(RetentionSubject subject) => subject switch
    {
        RetentionSubject.RelativeProfile => "Relative's profile",
        RetentionSubject.ChildProfile => "Child's profile",
        _ => "Whole case",
    };

    public async Task OnGetAsync(CancellationToken cancellationToken) => await PreviewAsync(cancellationToken);

    public async Task<IActionResult> OnPostRunAsync(CancellationToken cancellationToken)
    {
        var store = await registry.StoreAsync(cancellationToken);
        var outcome = await store.ApplyRetentionAsync(Today, dryRun: false, Actor.Of(User), cancellationToken);
        return Redirect($"/Admin/Retention?deleted={outcome.Deleted}");
    }

    public async Task<IActionResult> OnPostHoldAsync(string? report, bool hold, string? reason, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(report) || string.IsNullOrWhiteSpace(reason))
        {
            ModelState.AddModelError(string.Empty, "the report and a reason are required (the reason is recorded in the audit log)");
            return await UnprocessableAsync(cancellationToken);
        }

        var store = await registry.StoreAsync(cancellationToken);
        var changed = await store.SetLegalHoldAsync(report.Trim(), hold, Actor.Of(User), reason.Trim(), cancellationToken);
        if (!changed.IsSuccess)
        {
            FormErrors.AddToForm(ModelState, changed.Errors);

            return await UnprocessableAsync(cancellationToken);
        }

        return Redirect($"/Admin/Retention?held={Uri.EscapeDataString(report.Trim())}");
    }

    private async Task<PageResult> UnprocessableAsync(CancellationToken cancellationToken)
    {
        Deleted = null;
        HoldChanged = null;
        await PreviewAsync(cancellationToken);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private async Task PreviewAsync(CancellationToken cancellationToken)
    {
        var store = await registry.StoreAsync(cancellationToken);
        Preview = await store.ApplyRetentionAsync(Today, dryRun: true, Actor.Of(User), cancellationToken);
    }
}
