using CollectionSite.Clients.Discogs;
using CollectionSite.Pipeline;
using CollectionSite.Storage;
using Microsoft.Extensions.Logging;

namespace CollectionSite.Stages;

/// <summary>
/// Fetches the release's main artists (profile, links, images, name variations) for the artist pages.
/// Each artist is cached once for every release that credits it; "Various" is not an artist page.
/// </summary>
public sealed class FetchArtists(
    IDiscogsApi discogs,
    ReleaseRepository releases,
    ArtistRepository artists,
    StageProgressRepository progress,
    TimeProvider time,
    IRunReporter reporter,
    ILogger<FetchArtists> logger) : ReleaseStage(progress, time, reporter, logger)
{
    public const string Key = "discogs.artists";

    /// <summary>Discogs' placeholder artist for compilations.</summary>
    public const long VariousArtistsId = 194;

    public override string Name => "Fetch artists";

    protected override string StageKey => Key;

    protected override string? RequiresStage => FetchReleaseDetails.Key;

    protected override async Task<ItemOutcome> ProcessAsync(long releaseId, RunContext context, CancellationToken cancellationToken)
    {
        var release = await releases.GetAsync(releaseId, cancellationToken);
        var artistIds = (release?.Artists ?? []).Select(a => a.Id).Where(IsArtistPage).Distinct();
        foreach (var artistId in artistIds)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var cached = await artists.GetAsync(artistId, cancellationToken);
            if (cached is not null && (context.DiscogsStaleBefore is not { } staleBefore || cached.FetchedUtc >= staleBefore))
            {
                continue;
            }

            // Saved one by one: if a later artist fails, the ones fetched already stay cached.
            var fetched = await discogs.GetArtistAsync(artistId, cancellationToken);
            await artists.SaveAsync(artistId, fetched, Time.GetUtcNow(), cancellationToken);
        }

        return ItemOutcome.NothingToDo;
    }

    public static bool IsArtistPage(long artistId) => artistId > 0 && artistId != VariousArtistsId;
}
