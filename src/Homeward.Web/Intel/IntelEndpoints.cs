using Homeward.Data.Intel;
using Homeward.Intel;
using Homeward.Intel.Output;
using Homeward.Intel.Rings;
using Homeward.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Homeward.Web.Intel;

/// <summary>The data endpoints beside the /intel pages: a ring's graph as cytoscape.js elements and its case export.</summary>
internal static class IntelEndpoints
{
    private static readonly PostAnalyser Analyser = new();

    public static void Map(RouteGroupBuilder intel)
    {
        intel.RequireAuthorization(Policies.Intel).ExcludeFromDescription();
        intel.MapGet("/rings/{id}/graph.json", GraphAsync);
        intel.MapGet("/rings/{id}/export.zip", ExportAsync);
    }

    /// <summary>The ring's posts re-analysed and linked again: their graph, for the ring page's script.</summary>
    private static async Task<IResult> GraphAsync(string id, PostStore store, HttpContext context, CancellationToken cancellationToken)
    {
        var ring = await store.RingAsync(id, Actor.Of(context.User), cancellationToken);
        if (ring is null)
        {
            return Results.NotFound();
        }

        var analyses = ring.Posts.Select(Analyser.Analyse).ToList();
        var graph = RingGraph.Build(analyses, [], new RingOptions(FlaggedOnly: false));
        return Results.Text(RingGraphJson.Format(graph), "application/json; charset=utf-8");
    }

    /// <summary>The ring's case export (zip), audited as an export of its posts.</summary>
    private static async Task<IResult> ExportAsync(string id, PostStore store, RingExport export, HttpContext context, CancellationToken cancellationToken)
    {
        var actor = Actor.Of(context.User);
        var ring = await store.RingAsync(id, actor, cancellationToken);
        if (ring is null)
        {
            return Results.NotFound();
        }

        var (zip, error) = export.Create(ring);
        if (zip is null)
        {
            return Results.Problem(error, statusCode: StatusCodes.Status500InternalServerError, title: "the case export failed");
        }

        await store.AuditExportAsync(id, [.. ring.Members.Select(m => m.Id)], actor, cancellationToken);
        return Results.File(zip, "application/zip", $"homeward-ring-{id}.zip");
    }
}
