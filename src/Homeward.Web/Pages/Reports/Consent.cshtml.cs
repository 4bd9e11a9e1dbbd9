using Homeward.Data.Registry;
using Homeward.Kinship;
using Homeward.Registry.Cases;
using Homeward.Web.Matching;
using Homeward.Web.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Homeward.Web.Pages.Reports;

/// <summary>
/// A report's relatives with their consent scopes and guardian status, and a form per relative to record
/// a new consent (given, extended or withdrawn) with a reason, through <see cref="RegistryStore.UpdateConsentAsync"/>:
/// audited with the reason, and the report searched again at once. Administrators and case-workers
/// (policy <see cref="Policies.Consent"/>). A minor's consent is given by a guardian relative of the case.
/// A second form per relative records their guardian status (a guardian suspected of selling the child
/// can no longer consent for a minor), also with a reason.
/// </summary>
public sealed class ConsentModel(MatchRegistry registry, TimeProvider time) : PageModel
{
    /// <summary>The scopes the form offers, in this order.</summary>
    public static IReadOnlyList<ConsentScopes> Scopes { get; } =
        [ConsentScopes.DomesticIdentification, ConsentScopes.InternationalSearch, ConsentScopes.Evidence, ConsentScopes.KeepAfterReunion];

    public ReportConsent Case { get; private set; } = null!;

    /// <summary>The relative whose consent was just recorded (after the redirect).</summary>
    [BindProperty(SupportsGet = true, Name = "saved")]
    public string? Saved { get; set; }

    /// <summary>The relative whose form failed, to show its errors next to it.</summary>
    public string? Failed { get; private set; }

    /// <summary>Relatives who may give guardian consent for a minor of the case.</summary>
    public IEnumerable<Donor> Guardians => Case.Donors.Where(d => d.CanGiveGuardianConsent);

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken) =>
        await LoadAsync(code, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string code, string? donor, ConsentScopes[]? scopes, string? guardian, string? reason, CancellationToken cancellationToken)
    {
        if (await RelativeAsync(code, donor, cancellationToken) is not { } relative)
        {
            return NotFound();
        }

        var consent = ConsentOf(relative, (scopes ?? []).Aggregate(ConsentScopes.None, (all, s) => all | s), guardian, reason);
        if (!consent.IsSuccess)
        {
            return Unprocessable(consent.Errors);
        }

        var store = await registry.StoreAsync(cancellationToken);
        var updated = await store.UpdateConsentAsync(relative.Id, consent.Value, Actor.Of(User), reason!.Trim(), cancellationToken);
        if (!updated.IsSuccess)
        {
            return Unprocessable(updated.Errors);
        }

        return Redirect($"/Reports/Consent/{Uri.EscapeDataString(code)}?saved={Uri.EscapeDataString(relative.Id)}");
    }

    /// <summary>Records a relative's guardian status (a reason is required); the report is searched again.</summary>
    public async Task<IActionResult> OnPostGuardianAsync(string code, string? donor, GuardianStatus? status, string? reason, CancellationToken cancellationToken)
    {
        if (await RelativeAsync(code, donor, cancellationToken) is not { } relative)
        {
            return NotFound();
        }

        if (status is not { } chosen)
        {
            return Unprocessable([new InputError("guardianStatus", "choose a guardian status")]);
        }

        // The store refuses a status that does not exist and a missing reason, with the field named.
        var store = await registry.StoreAsync(cancellationToken);
        var updated = await store.UpdateGuardianStatusAsync(relative.Id, chosen, Actor.Of(User), reason ?? string.Empty, cancellationToken);
        return updated.IsSuccess
            ? Redirect($"/Reports/Consent/{Uri.EscapeDataString(code)}?saved={Uri.EscapeDataString(relative.Id)}")
            : Unprocessable(updated.Errors);
    }

    /// <summary>The consent the form describes: given in person by an adult, by a guardian of the case for a minor; a reason is required.</summary>
    private Result<Consent> ConsentOf(Donor relative, ConsentScopes scopes, string? guardian, string? reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return Result<Consent>.Failure("reason", "a reason is required (it is recorded in the audit log)");
        }

        var now = time.GetUtcNow();
        if (!relative.IsMinor)
        {
            return Consent.Given(scopes, now, Actor.Of(User));
        }

        var by = Case.Donors.SingleOrDefault(d => string.Equals(d.Id, guardian, StringComparison.Ordinal));
        return by is null
            ? Result<Consent>.Failure("guardian", "a minor's consent is given by a guardian relative of the case: choose one")
            : Consent.ByGuardian(by, scopes, now, Actor.Of(User));
    }

    private PageResult Unprocessable(IEnumerable<InputError> errors)
    {
        FormErrors.AddToForm(ModelState, errors);

        Saved = null;
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    /// <summary>The relative <paramref name="donor"/> of the report <paramref name="code"/> (the page loaded, the relative's form marked for errors), or null.</summary>
    private async Task<Donor?> RelativeAsync(string code, string? donor, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(code, cancellationToken))
        {
            return null;
        }

        var relative = Case.Donors.SingleOrDefault(d => string.Equals(d.Id, donor, StringComparison.Ordinal));
        Failed = relative?.Id;
        return relative;
    }

    private async Task<bool> LoadAsync(string code, CancellationToken cancellationToken)
    {
        var store = await registry.StoreAsync(cancellationToken);
        var consent = await store.ReadConsentAsync(code, Actor.Of(User), cancellationToken);
        if (consent is null)
        {
            return false;
        }

        Case = consent;
        return true;
    }
}
