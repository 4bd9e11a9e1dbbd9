using Homeward.Data.Registry;
using Homeward.Registry.Matching;
using Homeward.Web.Matching;
using Homeward.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Homeward.Web.Pages.Matches;

/// <summary>
/// A match side by side: both descriptions, the DNA evidence per marker, the descriptive evidence and
/// the posterior; the lifecycle steps open from its state, each with a reason. A step taken on a version
/// someone else has changed since is refused with 409 and the page reloaded.
/// </summary>
public sealed class ReviewModel(MatchRegistry registry, IAuthorizationService authorization) : PageModel
{
    public MatchDetail Detail { get; private set; } = null!;

    public IReadOnlyList<MatchAction> Actions { get; private set; } = [];

    public bool CanRecordFollowUps { get; private set; }

    public string? Message { get; private set; }

    public BarChart MarkerChart => new(
        "log10 LR per marker",
        [.. (Detail.Match.Score?.Markers ?? []).Select(m => new BarChart.Bar(
            m.Marker,
            m.LikelihoodRatio > 0 && double.IsFinite(m.LikelihoodRatio) ? Math.Log10(m.LikelihoodRatio) : 0,
            MatchText.Log10(m.LikelihoodRatio)))]);

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostActAsync(string id, MatchAction action, int version, string? reason, VerificationCheck? check, bool passed, CancellationToken cancellationToken)
    {
        var store = await registry.StoreAsync(cancellationToken);
        var result = await store.ApplyAsync(
            new MatchCommand(id, action, Actor.Of(User), reason ?? string.Empty) { ExpectedVersion = version, Check = check, Passed = passed },
            cancellationToken);
        return await AfterAsync(id, result, cancellationToken);
    }

    public async Task<IActionResult> OnPostFollowUpAsync(string id, int index, DateOnly? visitedOn, string? notes, bool concern, int version, CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(User, Policies.CasesWrite)).Succeeded)
        {
            return Forbid();
        }

        if (visitedOn is null)
        {
            ModelState.AddModelError(string.Empty, "the date of the visit is needed");
            return await LoadAsync(id, cancellationToken) ? Unprocessable() : NotFound();
        }

        var store = await registry.StoreAsync(cancellationToken);
        var result = await store.RecordFollowUpAsync(
            new FollowUpRecord(id, index, visitedOn.Value, Actor.Of(User), notes, concern) { ExpectedVersion = version },
            cancellationToken);
        return await AfterAsync(id, result, cancellationToken);
    }

    private async Task<IActionResult> AfterAsync(string id, MatchActionResult result, CancellationToken cancellationToken)
    {
        switch (result.Outcome)
        {
            case MatchActionOutcome.Applied:
                return Redirect($"/Matches/Review/{Uri.EscapeDataString(id)}");
            case MatchActionOutcome.NotFound:
                return NotFound();
            case MatchActionOutcome.StaleVersion:
                await LoadAsync(id, cancellationToken);
                Message = "Someone changed this match since you opened it. It has been reloaded: review it and decide again.";
                Response.StatusCode = StatusCodes.Status409Conflict;
                return Page();
            default:
                foreach (var e in result.Errors)
                {
                    ModelState.AddModelError(string.Empty, e.ToString());
                }

                await LoadAsync(id, cancellationToken);
                return Unprocessable();
        }
    }

    private PageResult Unprocessable()
    {
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private async Task<bool> LoadAsync(string id, CancellationToken cancellationToken)
    {
        var store = await registry.StoreAsync(cancellationToken);
        var detail = await store.GetMatchAsync(id, Actor.Of(User), cancellationToken);
        if (detail is null)
        {
            return false;
        }

        Detail = detail;
        Actions = [.. Enum.GetValues<MatchAction>().Where(a => a != MatchAction.Open && MatchLifecycle.Target(detail.Match.State, a) is not null)];
        CanRecordFollowUps = (await authorization.AuthorizeAsync(User, Policies.CasesWrite)).Succeeded;
        return true;
    }
}
