using CollectionSite.Admin.Pages;
using CollectionSite.Corrections;
using CollectionSite.Storage;
using CollectionSite.Storage.Status;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CollectionSite.Admin;

/// <summary>The pages (GET): dashboard, releases, a release, artists, an artist, the retry queue, the stylesheet.</summary>
public static class AdminEndpoints
{
    public static void MapPages(IEndpointRouteBuilder app)
    {
        app.MapGet("/admin.css", () => Results.Text(Layout.Stylesheet, "text/css; charset=utf-8"));
        app.MapGet("/", async (HttpContext context, StatusQuery status, AdminCatalog catalog, AdminOptions options, IAntiforgery antiforgery, CancellationToken ct) =>
            AdminPageResults.Page(DashboardPage.Render(
                await status.GetAsync(ct), await catalog.ReleasesAsync(ct), catalog.Threshold, StateBackup.List(options.BackupDirectory),
                AdminPageResults.Token(context, antiforgery), AdminPageResults.TakeNotice(context))));
        app.MapGet("/releases", async (HttpContext context, AdminCatalog catalog, string? filter, string? q, CancellationToken ct) =>
            AdminPageResults.Page(ReleaseListPage.Render(await catalog.ReleasesAsync(ct), filter, q, catalog.Threshold, AdminPageResults.TakeNotice(context))));
        app.MapGet("/releases/{id:long}", ReleaseAsync);
        app.MapGet("/artists", async (AdminCatalog catalog, string? filter, string? q, CancellationToken ct) =>
            AdminPageResults.Page(ArtistListPage.Render(await catalog.ArtistsAsync(ct), q, filter, catalog.Threshold)));
        app.MapGet("/artists/{id:long}", ArtistAsync);
        app.MapGet("/retry", async (HttpContext context, StageProgressRepository progress, IAntiforgery antiforgery, CancellationToken ct) =>
            AdminPageResults.Page(RetryPage.Render(await progress.GetFailuresAsync(ct), AdminPageResults.Token(context, antiforgery), AdminPageResults.TakeNotice(context))));
    }

    private static async Task<IResult> ReleaseAsync(long id, HttpContext context, AdminCatalog catalog, IAntiforgery antiforgery, CancellationToken ct)
    {
        var services = context.RequestServices;
        if ((await catalog.ReleasesAsync(ct)).FirstOrDefault(r => r.Id == id) is not { } row)
        {
            return AdminPageResults.Refused(StatusCodes.Status404NotFound, $"Release {id} is not in the collection or on the skip list.", "/releases");
        }

        var release = await services.GetRequiredService<ReleaseRepository>().GetAsync(id, ct)
            ?? (await services.GetRequiredService<CollectionRepository>().GetActiveItemsAsync(ct)).FirstOrDefault(i => i.ReleaseId == id && i.Listing is not null)?.Listing!.ToRelease(id);
        var sections = release is null ? [] : await ActivatorUtilities.CreateInstance<MatchSections>(services).ForReleaseAsync(release, ct);
        var skipped = (await services.GetRequiredService<SkipListRepository>().GetAllAsync(ct)).FirstOrDefault(s => s.ReleaseId == id);
        var detail = new ReleaseDetail(
            row,
            skipped,
            sections,
            await services.GetRequiredService<OverrideRepository>().GetAsync(EnrichmentSources.Artwork, ItemKinds.Release, id, ct),
            await services.GetRequiredService<DisplayOverrideRepository>().GetAsync(id, ct),
            await services.GetRequiredService<AlbumPages>().PathAsync(id, ct));
        return AdminPageResults.Page(ReleaseDetailPage.Render(detail, AdminPageResults.Token(context, antiforgery), AdminPageResults.TakeNotice(context)));
    }

    private static async Task<IResult> ArtistAsync(long id, HttpContext context, AdminCatalog catalog, IAntiforgery antiforgery, CancellationToken ct)
    {
        if ((await catalog.ArtistsAsync(ct)).FirstOrDefault(a => a.Id == id) is not { } row)
        {
            return AdminPageResults.Refused(StatusCodes.Status404NotFound, $"Artist {id} is not credited by a release in the collection.", "/artists");
        }

        var services = context.RequestServices;
        var wikipedia = await ActivatorUtilities.CreateInstance<MatchSections>(services).ForArtistAsync(id, row.Name, ct);
        var artwork = await services.GetRequiredService<OverrideRepository>().GetAsync(EnrichmentSources.Artwork, ItemKinds.Artist, id, ct);
        return AdminPageResults.Page(ArtistDetailPage.Render(row, wikipedia, artwork, AdminPageResults.Token(context, antiforgery), AdminPageResults.TakeNotice(context)));
    }
}
