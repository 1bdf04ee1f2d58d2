using CollectionSite.Clients.Discogs;
using CollectionSite.Domain;
using CollectionSite.Pipeline;
using CollectionSite.Storage;
using Microsoft.Extensions.Logging;

namespace CollectionSite.Stages.Discogs;

/// <summary>
/// Fetches the main artists of the fetched releases (profile, links, images, name variations) for the artist
/// pages, artist by artist: each is fetched once however many releases credit it (again with --refresh
/// discogs); "Various" is not an artist page and is never asked for.
/// </summary>
public sealed class FetchArtists(
    IDiscogsApi discogs,
    ReleaseRepository releases,
    ArtistRepository artists,
    StageProgressRepository progress,
    TimeProvider time,
    IRunReporter reporter,
    ILogger<FetchArtists> logger) : ItemStage(progress, time, reporter, logger)
{
    /// <summary>Shipped as a per-release key; migration 003 turned its rows into per-artist ones.</summary>
    public const string Key = "discogs.artists";

    /// <summary>Discogs' placeholder artist for compilations.</summary>
    public const long VariousArtistsId = DiscogsArtists.VariousId;

    public override string Name => "Fetch artists";

    public override DataSource? Source => DataSource.Discogs;

    public override StageRequirement Requirement => StageRequirement.Required;

    protected override string StageKey => Key;

    protected override string ItemKind => ItemKinds.Artist;

    public static bool IsArtistPage(long artistId) => DiscogsArtists.HasPage(artistId);

    /// <summary>The artists are read from the stored release details; in `build` this stage takes them as they are stored.</summary>
    protected override string? RequiresStage => FetchReleaseDetails.Key;

    protected override async Task<IReadOnlyList<long>> ListItemsAsync(CancellationToken cancellationToken) =>
        (await releases.GetMainArtistIdsAsync(cancellationToken)).Where(IsArtistPage).ToList();

    protected override async Task<ItemOutcome> ProcessAsync(long itemId, RunContext context, CancellationToken cancellationToken)
    {
        // Stored already when another credited id answered as this artist (a merged record): not fetched twice.
        var cached = await artists.GetAsync(itemId, cancellationToken);
        if (cached is not null && cached.IsFresh(context.StaleBefore(Source)))
        {
            return ItemOutcome.MarkDone;
        }

        // A 404 is stored too (as a not-found entry), so the artist page is built without it and it is not asked again.
        var fetched = await discogs.GetArtistAsync(itemId, cancellationToken);
        var now = Time.GetUtcNow();
        return ItemOutcome.Store((state, token) => artists.SaveAsync(state, itemId, fetched, now, token));
    }
}
