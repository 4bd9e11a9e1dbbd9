using System.Security.Claims;
using Homeward.Data.Photos;
using Homeward.Web.Pages.Photos;
using Homeward.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Homeward.Web.Api;

/// <summary><c>GET /api/v1/reports/{code}/photos</c> and <c>/found-children/{code}/photos</c>: a case's photos, listed (audited).</summary>
internal static class PhotoEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/reports/{code}/photos", (string code, ClaimsPrincipal user, PhotoStore photos, CancellationToken cancellationToken) =>
                ListAsync(PhotoOwner.Report, code, user, photos, cancellationToken))
            .RequireAuthorization(Policies.ApiCasesRead)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .WithSummary("The photos of a missing-child report, oldest first (metadata; the image is served to signed-in readers at href).");
        api.MapGet("/found-children/{code}/photos", (string code, ClaimsPrincipal user, PhotoStore photos, CancellationToken cancellationToken) =>
                ListAsync(PhotoOwner.FoundChild, code, user, photos, cancellationToken))
            .RequireAuthorization(Policies.ApiCasesRead)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .WithSummary("The photos of a found child, oldest first.");
    }

    private static async Task<Results<Ok<IReadOnlyList<PhotoListed>>, ProblemHttpResult>> ListAsync(
        PhotoOwner owner, string code, ClaimsPrincipal user, PhotoStore photos, CancellationToken cancellationToken)
    {
        var list = await photos.ListAsync(owner, code, Actor.Of(user), cancellationToken).ConfigureAwait(false);
        if (list is null)
        {
            return ApiEndpoints.Problem(StatusCodes.Status404NotFound, "Not found", owner == PhotoOwner.Report ? "no report with this code" : "no found child with this code");
        }

        IReadOnlyList<PhotoListed> listed = [.. list.Select(p => new PhotoListed(p.Id, p.ContentType, p.Width, p.Height, p.Length, p.Sha256, p.Caption, p.UploadedAt, PhotoRoutes.Image(p.Id)))];
        return TypedResults.Ok(listed);
    }
}
