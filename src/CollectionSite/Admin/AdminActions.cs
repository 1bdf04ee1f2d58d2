using System.Globalization;
using CollectionSite.Admin.Pages;
using CollectionSite.Artwork.Imaging;
using CollectionSite.Corrections;
using CollectionSite.Hosting;
using CollectionSite.Pipeline;
using CollectionSite.Storage;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;

namespace CollectionSite.Admin;

/// <summary>
/// The forms (POST). Every one is refused with 400 without a valid antiforgery token; edits go through <see cref="Curation"/>,
/// re-renders through <see cref="PipelineHost"/> (which holds the run lock), backups through <see cref="StateBackup"/>.
/// </summary>
public static class AdminActions
{
    public static void MapActions(IEndpointRouteBuilder app)
    {
        var forms = app.MapGroup(string.Empty).AddEndpointFilter(async (filter, next) =>
        {
            var context = filter.HttpContext;
            var antiforgery = context.RequestServices.GetService(typeof(IAntiforgery)) as IAntiforgery;
            return antiforgery is not null && await antiforgery.IsRequestValidAsync(context)
                ? await next(filter)
                : AdminPageResults.Refused(StatusCodes.Status400BadRequest, "The form was refused: its antiforgery token is missing or invalid. Reload the page and try again.", "/");
        });
        foreach (var kind in new[] { "releases", "artists" })
        {
            forms.MapPost($"/{kind}/{{id:long}}/override/{{source}}", (HttpContext context, long id, string source, Curation curation, CancellationToken ct) =>
                OverrideAsync(context, Target(kind, id), source, curation, ct));
            forms.MapPost($"/{kind}/{{id:long}}/cover", (HttpContext context, long id, Curation curation, CoverUploads uploads, CancellationToken ct) =>
                CoverAsync(context, Target(kind, id), curation, uploads, ct));
            forms.MapPost($"/{kind}/{{id:long}}/requeue/{{source}}", async (HttpContext context, long id, string source, Curation curation, CancellationToken ct) =>
            {
                var target = Target(kind, id);
                return EnrichmentSources.All.Contains(source)
                    ? AdminPageResults.FromEdit(context, await curation.RequeueAsync(source, target, ct), SourcePanels.ItemPath(target))
                    : AdminPageResults.Refused(StatusCodes.Status400BadRequest, $"Unknown source '{source}'.", SourcePanels.ItemPath(target));
            });
        }
        forms.MapPost("/releases/{id:long}/display", async (HttpContext context, long id, Curation curation, CancellationToken ct) =>
        {
            var form = await context.Request.ReadFormAsync(ct);
            var version = int.TryParse(form["version"], NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : -1;
            var result = await curation.DisplayAsync(id, form["title"], form["artist"], form["notes"], version, ct);
            return AdminPageResults.FromEdit(context, result, $"/releases/{id}");
        });
        forms.MapPost("/releases/{id:long}/skip", async (HttpContext context, long id, Curation curation, CancellationToken ct) =>
        {
            var form = await context.Request.ReadFormAsync(ct);
            return AdminPageResults.FromEdit(context, await curation.SkipAsync(id, form["skip"] == "true", form["reason"], form["version"].ToString(), ct), $"/releases/{id}");
        });
        forms.MapPost("/retry", async (HttpContext context, Curation curation, CancellationToken ct) =>
        {
            var form = await context.Request.ReadFormAsync(ct);
            long? id = long.TryParse(form["id"], NumberStyles.None, CultureInfo.InvariantCulture, out var itemId) ? itemId : null;
            var stage = form["stage"].ToString() is { Length: > 0 } s ? s : null;
            return AdminPageResults.FromEdit(context, await curation.RetryAsync(stage, form["kind"], id, ct), "/retry");
        });
        forms.MapPost("/rerender", RerenderAsync);
        forms.MapPost("/backup", async (HttpContext context, StateBackup backup, AdminOptions options, CancellationToken ct) =>
        {
            var result = await backup.CreateAsync(options.BackupDirectory, options.KeepBackups, ct);
            return AdminPageResults.Done(context, "/", result.IsSound
                ? $"Backup written: {result.FilePath} ({OverrideText.Bytes(result.Bytes)}, integrity check ok)."
                : $"Backup written to {result.FilePath}, but its integrity check says: {result.IntegrityCheck}");
        });
    }

    private static async Task<IResult> OverrideAsync(HttpContext context, OverrideTarget target, string source, Curation curation, CancellationToken ct)
    {
        var form = await context.Request.ReadFormAsync(ct);
        OverrideAction? action = form["action"].ToString() switch
        {
            "pin" => OverrideAction.Pin,
            "none" => OverrideAction.None,
            "search" => OverrideAction.Search,
            "image-url" => OverrideAction.ImageUrl,
            "clear" => OverrideAction.Clear,
            _ => null,
        };
        if (action is null)
        {
            return AdminPageResults.Refused(StatusCodes.Status400BadRequest, "Unknown action.", SourcePanels.ItemPath(target));
        }

        var result = await curation.OverrideAsync(source, target, action.Value, form["value"], form["version"].ToString(), ct);
        return AdminPageResults.FromEdit(context, result, SourcePanels.ItemPath(target));
    }

    private static async Task<IResult> CoverAsync(HttpContext context, OverrideTarget target, Curation curation, CoverUploads uploads, CancellationToken ct)
    {
        var back = SourcePanels.ItemPath(target);
        var form = await context.Request.ReadFormAsync(ct);
        if (form.Files.GetFile("file") is not { } file)
        {
            return AdminPageResults.Refused(StatusCodes.Status400BadRequest, "Choose an image file to upload.", back);
        }

        try
        {
            // Stored only once the edit is known to go ahead (release known, version current, no lock): a refusal leaves no file.
            var result = await curation.UploadedImageAsync(
                target,
                async () =>
                {
                    await using var body = file.OpenReadStream();
                    return await uploads.StoreAsync(body, ct);
                },
                form["version"].ToString(),
                ct);
            return AdminPageResults.FromEdit(context, result, back);
        }
        catch (ImageRejectedException ex)
        {
            return AdminPageResults.Refused(StatusCodes.Status400BadRequest, $"The upload was refused: {ex.Message}.", back);
        }
    }

    /// <summary>Runs <see cref="PipelineDefinitions.Rerender"/>; with a release, says whether that album's page changed.</summary>
    private static async Task<IResult> RerenderAsync(HttpContext context, AdminGate gate, PipelineHost host, AlbumPages pages, AdminReporter reporter, IHostApplicationLifetime lifetime, CancellationToken ct)
    {
        var form = await context.Request.ReadFormAsync(ct);
        long? releaseId = long.TryParse(form["release"], NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
        var back = releaseId is { } r ? $"/releases/{r}" : "/";
        var before = releaseId is { } album ? await ReadPageAsync(pages, album, ct) : null;
        // A closed browser tab must not interrupt a render half-way: only stopping the admin does.
        var summary = await gate.RunAsync(() => host.RunAsync(new PipelineRequest("admin re-render", PipelineDefinitions.Rerender, new RunOptions()), reporter, lifetime.ApplicationStopping), ct);
        var rendered = (summary.Stages.Count > 0 ? summary.Stages[^1].Note : null) ?? summary.Message ?? summary.Outcome.ToString();
        var message = summary.Outcome is RunOutcome.Completed or RunOutcome.CompletedWithFailures
            ? $"Re-rendered: {rendered}."
            : $"The re-render did not finish ({summary.Outcome}): {summary.Message}";
        if (releaseId is { } changed)
        {
            var after = await ReadPageAsync(pages, changed, ct);
            message += after is null ? " This album has no page now." : after == before ? " This album's page is unchanged." : " This album's page was updated.";
        }

        return AdminPageResults.Done(context, back, message);
    }

    private static async Task<string?> ReadPageAsync(AlbumPages pages, long releaseId, CancellationToken ct) =>
        await pages.PathAsync(releaseId, ct) is { } path && File.Exists(path) ? await File.ReadAllTextAsync(path, ct) : null;

    private static OverrideTarget Target(string kind, long id) => new(kind == "artists" ? ItemKinds.Artist : ItemKinds.Release, id);
}
