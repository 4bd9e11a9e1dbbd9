using System.Security.Claims;
using Homeward.Data.Cases;
using Homeward.Data.Imports;
using Homeward.Web.Matching;
using Homeward.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Homeward.Web.Api;

/// <summary>
/// <c>/api/v1</c>: labs submit profiles with their keys; readers fetch cases by code. Every error is a
/// problem details object (RFC 9457) with its status; genotypes go only to lab analysts.
/// </summary>
internal static class ApiEndpoints
{
    /// <summary>The largest profile submission read (bytes).</summary>
    public const int MaxProfilesBytes = 30_000_000; // Kestrel's default request body limit

    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/profiles", SubmitProfilesAsync)
            .RequireAuthorization(Policies.ProfilesWrite)
            .Accepts<string>("application/x-ndjson", "text/plain")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .WithSummary("Submit profiles as JSON Lines (DESIGN.md §4): all or nothing, each error with its line.");
        api.MapGet("/reports/{code}", GetReportAsync)
            .RequireAuthorization(Policies.ApiCasesRead)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .WithSummary("A missing-child report; genotypes only for lab analysts.");
        api.MapGet("/found-children/{code}", GetFoundChildAsync)
            .RequireAuthorization(Policies.ApiCasesRead)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .WithSummary("A found child; genotypes only for lab analysts.");
        api.MapPost("/found-children", CreateFoundChildAsync)
            .RequireAuthorization(Policies.CasesWrite)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .WithSummary("Record a found child (signed-in case-workers, investigators, administrators).");
        PhotoEndpoints.Map(api);
    }

    private static async Task<Results<Ok<ProfilesAccepted>, ProblemHttpResult>> SubmitProfilesAsync(
        HttpRequest request, ClaimsPrincipal user, ProfileImporter importer, MatchRegistry registry, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxProfilesBytes)
        {
            return Problem(StatusCodes.Status413PayloadTooLarge, "Too large", $"at most {MaxProfilesBytes} bytes per submission");
        }

        string body;
        using (var reader = new StreamReader(request.Body))
        {
            body = await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        }

        if (string.IsNullOrWhiteSpace(body))
        {
            return Problem(StatusCodes.Status400BadRequest, "Empty submission", "the body must hold one JSON profile per line");
        }

        var source = new ImportSource("request", ImportFormat.JsonLines, () => new StringReader(body));
        var summary = await importer.ImportAsync([source], Actor.Of(user), cancellationToken).ConfigureAwait(false);
        if (!summary.Succeeded)
        {
            return Problem(StatusCodes.Status422UnprocessableEntity, "Invalid profiles", "nothing was imported", summary.Errors.Select(e => new ApiError(e.Place, e.Message)));
        }

        // A new or changed profile is searched against the other side at once (issue 4): one matching
        // run over the registry, which stores only pairs not seen or excluded before.
        IReadOnlyList<string> newMatches = [];
        if (summary.Created + summary.Updated > 0)
        {
            var store = await registry.StoreAsync(cancellationToken).ConfigureAwait(false);
            newMatches = (await store.RunMatchingAsync(Actor.Of(user), progress: null, cancellationToken).ConfigureAwait(false)).NewMatches;
        }

        return TypedResults.Ok(new ProfilesAccepted(summary.Created, summary.Updated, summary.Unchanged, newMatches));
    }

    private static async Task<Results<Ok<ReportDetail>, ProblemHttpResult>> GetReportAsync(
        string code, ClaimsPrincipal user, CaseDirectory cases, CancellationToken cancellationToken)
    {
        var report = await cases.ReadReportAsync(code, user.IsInRole(Roles.LabAnalyst), Actor.Of(user), cancellationToken).ConfigureAwait(false);
        return report is null ? Problem(StatusCodes.Status404NotFound, "Not found", "no report with this code") : TypedResults.Ok(report);
    }

    private static async Task<Results<Ok<FoundChildDetail>, ProblemHttpResult>> GetFoundChildAsync(
        string code, ClaimsPrincipal user, CaseDirectory cases, CancellationToken cancellationToken)
    {
        var child = await cases.ReadFoundChildAsync(code, user.IsInRole(Roles.LabAnalyst), Actor.Of(user), cancellationToken).ConfigureAwait(false);
        return child is null ? Problem(StatusCodes.Status404NotFound, "Not found", "no found child with this code") : TypedResults.Ok(child);
    }

    private static async Task<Results<Created<FoundChildCreated>, ProblemHttpResult>> CreateFoundChildAsync(
        FoundChildInput? input, ClaimsPrincipal user, CaseDirectory cases, CancellationToken cancellationToken)
    {
        if (input?.Person is null || input.Code is null || input.Sex is null)
        {
            return Problem(StatusCodes.Status400BadRequest, "Bad request", "a JSON object with code, sex and person is needed");
        }

        var result = await cases.CreateFoundChildAsync(input, Actor.Of(user), cancellationToken).ConfigureAwait(false);
        if (!result.IsSuccess)
        {
            return CaseDirectory.IsDuplicate(result.Errors)
                ? Problem(StatusCodes.Status409Conflict, "Conflict", result.Errors[0].Message)
                : Problem(StatusCodes.Status422UnprocessableEntity, "Invalid found child", "nothing was stored", result.Errors.Select(e => new ApiError(e.Place, e.Message)));
        }

        return TypedResults.Created($"/api/v1/found-children/{Uri.EscapeDataString(result.Value)}", new FoundChildCreated(result.Value));
    }

    internal static ProblemHttpResult Problem(int status, string title, string detail, IEnumerable<ApiError>? errors = null) =>
        TypedResults.Problem(
            detail: detail,
            statusCode: status,
            title: title,
            extensions: errors is null ? null : new Dictionary<string, object?> { ["errors"] = errors.ToList() });
}
