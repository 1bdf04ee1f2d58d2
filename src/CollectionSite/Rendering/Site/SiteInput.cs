using CollectionSite.Artwork;
using CollectionSite.Domain;
using CollectionSite.Domain.Enrichment;
using CollectionSite.Rendering.Text;
using CollectionSite.Statistics;
using CollectionSite.Storage;

namespace CollectionSite.Rendering.Site;

/// <summary>One album to render: the release, its master (null when it has none or it is not fetched) and the owned copies.</summary>
public sealed record AlbumSource(Release Release, DateTimeOffset FetchedUtc, CachedEntry<Master>? Master, IReadOnlyList<CollectionItem> Copies)
{
    /// <summary>Discogs answers 404 for the release: the page says so, and may be built from the collection listing alone.</summary>
    public bool GoneFromDiscogs { get; init; }

    /// <summary>
    /// Listed but its details are not fetched yet: built from the collection listing's summary (basic_information) and
    /// marked <c>partial: true</c>; the same page (same slug) fills in once the details arrive.
    /// </summary>
    public bool Partial { get; init; }

    /// <summary>What Apple Music and Spotify decided for the release (nothing until their stages ran).</summary>
    public AlbumEnrichment Enrichment { get; init; } = AlbumEnrichment.None;

    /// <summary>The collector's display fields (title, artist credit, notes) shown instead of Discogs'; null without.</summary>
    public DisplayOverride? Display { get; init; }

    /// <summary>
    /// <see cref="Release"/> is a stored release's <see cref="ReleaseOutline"/>: enough for the catalog, slugs and
    /// statistics; its page is built from the whole release, loaded in batches by <see cref="IAlbumDetails"/>.
    /// </summary>
    public bool Outline { get; init; }
}

/// <summary>The stored Apple Music and Spotify decisions of one release; either is null until its stage decided.</summary>
public sealed record AlbumEnrichment(MatchDecision<AppleMusicAlbum>? AppleMusic, MatchDecision<SpotifyAlbum>? Spotify)
{
    public static AlbumEnrichment None { get; } = new(null, null);

    /// <summary>The kept Apple Music album; null unless matched.</summary>
    public AppleMusicAlbum? AppleMusicAlbum => AppleMusic is { State: MatchState.Matched } ? AppleMusic.Match : null;

    /// <summary>The kept Spotify album; null unless matched.</summary>
    public SpotifyAlbum? SpotifyAlbum => Spotify is { State: MatchState.Matched } ? Spotify.Match : null;
}

/// <summary>Everything rendering reads from the state database, loaded once per run.</summary>
public sealed record SiteInput(IReadOnlyList<AlbumSource> Albums, IReadOnlyDictionary<long, CachedEntry<Artist>> Artists, DiscogsLinkNames Names)
{
    /// <summary>Wikipedia's decision per artist, by the artist id the page shows.</summary>
    public IReadOnlyDictionary<long, MatchDecision<WikipediaArticle>> Wikipedia { get; init; } = new Dictionary<long, MatchDecision<WikipediaArticle>>();

    /// <summary>The covers and artist images the artwork stages made, with their files to copy.</summary>
    public SiteArtwork Artwork { get; init; } = SiteArtwork.None;

    /// <summary>The collection's numbers for the stats page (the `stats` command's computation); null renders no stats page.</summary>
    public CollectionStatistics? Statistics { get; init; }
}

/// <summary>
/// Loads the <see cref="SiteInput"/>: releases still in the collection, with their masters, artists and copies; owned
/// releases gone from Discogs, from what was fetched before or else from the collection listing; and releases listed
/// whose details are not fetched yet, from the collection listing, marked partial.
/// </summary>
public sealed class SiteInputLoader(
    ReleaseRepository releases,
    MasterRepository masters,
    ArtistRepository artists,
    CollectionRepository collection,
    DiscogsIdRepository ids,
    GoneReleaseRepository goneReleases,
    MatchRepository<AppleMusicAlbum> appleMusic,
    MatchRepository<SpotifyAlbum> spotify,
    MatchRepository<WikipediaArticle> wikipedia,
    DisplayOverrideRepository displays,
    ArtworkLibrary artwork,
    OwnedCopyRepository ownedCopies)
{
    public async Task<SiteInput> LoadAsync(CancellationToken cancellationToken)
    {
        // Outlines only: every whole release at once is what made a 50,000-album render need gigabytes.
        var active = await releases.GetActiveAsync(ReleaseOutline.Of, cancellationToken);
        var allMasters = await masters.GetAllAsync(cancellationToken);
        var allArtists = await artists.GetAllAsync(cancellationToken);
        var gone = await goneReleases.GetAsync(cancellationToken);
        var appleMatches = await appleMusic.GetAllAsync(cancellationToken);
        var spotifyMatches = await spotify.GetAllAsync(cancellationToken);
        var displayFields = await displays.GetAllAsync(cancellationToken);

        // A copy listed under an id Discogs answered under another (a merged release) belongs to that release's page,
        // and so does a 404 for that id: gone ids are the collection's, stored releases are under the answered id.
        var answered = await ids.GetAnsweredAsync(DiscogsIdRepository.Release, cancellationToken);
        long PageId(long releaseId) => answered.GetValueOrDefault(releaseId, releaseId);
        var goneIds = gone.Select(g => PageId(g.ReleaseId)).ToHashSet();
        var copies = (await collection.GetActiveItemsAsync(cancellationToken)).ToLookup(i => PageId(i.ReleaseId));
        AlbumSource Album(Release release, DateTimeOffset fetched) => new(
            release,
            fetched,
            release.MasterId is { } masterId ? allMasters.GetValueOrDefault(masterId) : null,
            // The listing's summary of each copy is not on the page (partial pages take theirs from the owned items below).
            copies[release.Id].OrderBy(c => c.InstanceId).Select(c => c with { Listing = null }).ToList())
        {
            GoneFromDiscogs = goneIds.Contains(release.Id),
            Enrichment = new AlbumEnrichment(appleMatches.GetValueOrDefault(release.Id), spotifyMatches.GetValueOrDefault(release.Id)),
            Display = displayFields.GetValueOrDefault(release.Id),
        };

        var stored = active.Select(r => r.Release.Id).ToHashSet();
        var fromListing = gone
            .Where(g => !stored.Contains(PageId(g.ReleaseId)) && g.Listing is not null)
            .Select(g => Album(g.Listing!.ToRelease(g.ReleaseId), g.CheckedUtc));
        // Not fetched yet (a first import cut by its time budget, a copy just added): the listing's summary, newest copy's
        // date as its data time, so the page exists from the first run.
        var partial = (await collection.GetOwnedItemsAsync(cancellationToken)).ToLookup(i => PageId(i.ReleaseId))
            .Where(group => !stored.Contains(group.Key) && !goneIds.Contains(group.Key))
            .Select(group => (Id: group.Key, Listed: group.OrderBy(c => c.InstanceId).FirstOrDefault(c => c.Listing is not null), Newest: group.Max(c => c.DateAdded)))
            .Where(p => p.Listed is not null)
            .Select(p => Album(p.Listed!.Listing!.ToRelease(p.Id), p.Newest) with { Partial = true });
        var albums = active.Select(r => Album(r.Release, r.FetchedUtc) with { Outline = true }).Concat(fromListing).Concat(partial).ToList();
        return new SiteInput(albums, allArtists, SiteLinkNames.For(albums, allMasters, allArtists, answered))
        {
            Wikipedia = await wikipedia.GetAllAsync(cancellationToken),
            Artwork = await artwork.LoadAsync(cancellationToken),
            Statistics = StatisticsCalculator.Compute(StatisticsReader.Assemble(await ownedCopies.GetAllAsync(cancellationToken), active, allMasters, allArtists)),
        };
    }
}
