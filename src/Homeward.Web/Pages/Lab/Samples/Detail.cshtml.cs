using System.Globalization;
using Homeward.Data.Samples;
using Homeward.Registry.Cases;
using Homeward.Web.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Homeward.Web.Pages.Lab.Samples;

/// <summary>
/// One sample for a lab analyst (the read audited with its genotypes): lab, kit, collection date, chain
/// of custody, genotypes with the per-marker LRs of its matches, and a form to record a hand-over. The
/// case is shown by its code only, never by a name.
/// </summary>
public sealed class DetailModel(SampleDirectory samples, TimeProvider time) : PageModel
{
    public SampleDetail Sample { get; private set; } = null!;

    /// <summary>When the hand-over happened (UTC), as the form's <c>datetime-local</c> value.</summary>
    public string DefaultAt { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken) =>
        await LoadAsync(code, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostCustodyAsync(string code, DateTime? at, string? from, string? to, string? note, CancellationToken cancellationToken)
    {
        if (at is null)
        {
            ModelState.AddModelError(string.Empty, "the time of the hand-over is needed");
        }
        else
        {
            var entry = new CustodyEntry(new DateTimeOffset(DateTime.SpecifyKind(at.Value, DateTimeKind.Utc)), from ?? string.Empty, to ?? string.Empty, note ?? string.Empty);
            var recorded = await samples.RecordCustodyAsync(code, entry, Actor.Of(User), cancellationToken);
            if (recorded.IsSuccess)
            {
                return Redirect($"/Lab/Samples/{Uri.EscapeDataString(code)}");
            }

            foreach (var e in recorded.Errors!)
            {
                ModelState.AddModelError(string.Empty, e.ToString());
            }
        }

        if (!await LoadAsync(code, cancellationToken))
        {
            return NotFound();
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private async Task<bool> LoadAsync(string code, CancellationToken cancellationToken)
    {
        var sample = await samples.ReadAsync(code, Actor.Of(User), cancellationToken);
        if (sample is null)
        {
            return false;
        }

        Sample = sample;
        DefaultAt = time.GetUtcNow().UtcDateTime.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);
        return true;
    }
}
