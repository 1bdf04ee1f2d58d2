using CollectionSite.Configuration;
using CollectionSite.Domain;
using CollectionSite.Domain.Enrichment;
using CollectionSite.Hosting;
using CollectionSite.Rendering.Text;
using CollectionSite.Storage;

namespace CollectionSite.Admin;

/// <summary>
/// Reads the lists the admin shows from the same repositories the pipeline writes: every release in the collection
/// (and the skipped ones) and every credited artist, with their state per source. Read per request (WAL: never blocks a build).
/// </summary>
public sealed class AdminCatalog(
    CollectionRepository collection,
    ReleaseRepository releases,
    ArtistRepository artists,
    DiscogsIdRepository ids,
    SkipListRepository skipList,
    StageProgressRepository progress,
    ArtworkRepository artwork,
    MatchRepository<AppleMusicAlbum> appleMusic,
    MatchRepository<SpotifyAlbum> spotify,
    MatchRepository<WikipediaArticle> wikipedia,
    AppSettings settings)
{
    /// <summary>The minimum confidence of a source (Matching settings).</summary>
    public double Threshold(string source) => source switch
    {
        EnrichmentSources.AppleMusic => settings.Matching.AppleMusicThreshold,
        EnrichmentSources.Spotify => settings.Matching.SpotifyThreshold,
        _ => settings.Matching.WikipediaThreshold,
    };

    /// <summary>Every listed release by the id its page shows, then the skipped ones, by id.</summary>
    public async Task<IReadOnlyList<ReleaseRow>> ReleasesAsync(CancellationToken cancellationToken)
    {
        var answered = await ids.GetAnsweredAsync(DiscogsIdRepository.Release, cancellationToken);
        long PageId(long id) => answered.GetValueOrDefault(id, id);
        var listed = (await collection.GetActiveItemsAsync(cancellationToken)).GroupBy(i => PageId(i.ReleaseId)).ToDictionary(g => g.Key, g => g.ToList());
        var stored = (await releases.GetActiveAsync(cancellationToken)).ToDictionary(r => r.Release.Id, r => r.Release);
        var skipped = await skipList.GetAllAsync(cancellationToken);
        var states = await ReleaseStatesAsync(cancellationToken);
        var wiki = await ArtistStatesAsync(cancellationToken);
        var covers = await artwork.GetItemsAsync(ItemKinds.Release, cancellationToken);
        var failures = await progress.GetFailuresAsync(cancellationToken);
        var releaseFailures = failures.Where(f => f.ItemKind == ItemKinds.Release).ToLookup(f => PageId(f.ItemId));
        var artistFailures = failures.Where(f => f.ItemKind == ItemKinds.Artist).ToLookup(f => f.ItemId);

        ReleaseRow Row(long id, Release? release, IReadOnlyList<CollectionItem> copies, bool isSkipped)
        {
            var listing = copies.Select(c => c.Listing).OfType<ListedRelease>().FirstOrDefault();
            var credits = release?.Artists ?? listing?.Artists ?? [];
            var pageArtists = credits.Where(a => DiscogsArtists.HasPage(a.Id)).Select(a => a.Id).Distinct().ToList();
            var listingIds = copies.Select(c => c.ReleaseId).Append(id).Distinct().ToList();
            return new ReleaseRow(
                id,
                release?.Title ?? listing?.Title ?? $"Release {id}",
                DiscogsNames.Display(credits),
                release is null,
                isSkipped,
                states.AppleMusic(id, listingIds),
                states.Spotify(id, listingIds),
                [.. pageArtists.Select(wiki)],
                covers.ContainsKey((ItemKinds.Release, id)),
                [.. releaseFailures[id], .. pageArtists.SelectMany(a => artistFailures[a])]);
        }

        // A skip names a page id or a listing's id; either way the whole row is skipped (the stored active releases leave it out,
        // so its details are read one by one).
        var skipIds = skipped.Select(s => s.ReleaseId).ToHashSet();
        bool IsSkipped(long id, IReadOnlyList<CollectionItem> copies) => skipIds.Contains(id) || copies.Any(c => skipIds.Contains(c.ReleaseId));
        var rows = new List<ReleaseRow>();
        foreach (var (id, copies) in listed.OrderBy(l => l.Key))
        {
            var isSkipped = IsSkipped(id, copies);
            var release = stored.GetValueOrDefault(id) ?? (isSkipped ? await releases.GetAsync(id, cancellationToken) : null);
            rows.Add(Row(id, release, copies, isSkipped));
        }

        var listedIds = listed.SelectMany(l => l.Value.Select(c => c.ReleaseId).Append(l.Key)).ToHashSet();
        foreach (var skip in skipped.Where(s => !listedIds.Contains(s.ReleaseId)))
        {
            rows.Add(Row(skip.ReleaseId, await releases.GetAsync(skip.ReleaseId, cancellationToken), [], isSkipped: true));
        }

        return rows;
    }

    /// <summary>Whether the admin knows release <paramref name="id"/>: stored (under its page id), listed in the collection, or skipped.</summary>
    public async Task<bool> IsKnownReleaseAsync(long id, CancellationToken cancellationToken) =>
        await releases.GetAsync(id, cancellationToken) is not null
        || (await collection.GetActiveItemsAsync(cancellationToken)).Any(i => i.ReleaseId == id)
        || (await skipList.GetAllAsync(cancellationToken)).Any(s => s.ReleaseId == id);

    /// <summary>Every artist credited (release-level) by a release in the collection, by name.</summary>
    public async Task<IReadOnlyList<ArtistRow>> ArtistsAsync(CancellationToken cancellationToken)
    {
        var stored = await artists.GetAllAsync(cancellationToken);
        var wiki = await ArtistStatesAsync(cancellationToken);
        var images = await artwork.GetItemsAsync(ItemKinds.Artist, cancellationToken);
        var failures = (await progress.GetFailuresAsync(cancellationToken)).Where(f => f.ItemKind == ItemKinds.Artist).ToLookup(f => f.ItemId);
        return (await releases.GetMainArtistIdsAsync(cancellationToken))
            .Where(DiscogsArtists.HasPage)
            .Select(id => new ArtistRow(
                id,
                stored.GetValueOrDefault(id)?.Value?.Name is { } name ? DiscogsNames.StripDisambiguation(name) : $"Artist {id}",
                wiki(id),
                images.ContainsKey((ItemKinds.Artist, id)),
                [.. failures[id]]))
            .OrderBy(a => a.Name, StringComparer.CurrentCultureIgnoreCase)
            .ToList();
    }

    private async Task<ReleaseStates> ReleaseStatesAsync(CancellationToken cancellationToken) => new(
        await appleMusic.GetAllAsync(cancellationToken),
        await progress.GetProgressAsync(PipelineDefinitions.MatchStageKeys[EnrichmentSources.AppleMusic], cancellationToken),
        await spotify.GetAllAsync(cancellationToken),
        await progress.GetProgressAsync(PipelineDefinitions.MatchStageKeys[EnrichmentSources.Spotify], cancellationToken));

    private async Task<Func<long, SourceState>> ArtistStatesAsync(CancellationToken cancellationToken)
    {
        var decisions = await wikipedia.GetAllAsync(cancellationToken);
        var rows = await progress.GetProgressAsync(PipelineDefinitions.MatchStageKeys[EnrichmentSources.Wikipedia], cancellationToken);
        return id => State(EnrichmentSources.Wikipedia, decisions.GetValueOrDefault(id), rows.GetValueOrDefault(id));
    }

    internal static SourceState State<T>(string source, MatchDecision<T>? decision, ItemProgress? row)
        where T : class =>
        new(source, MatchStatuses.Of(decision?.State, row?.Status), decision?.Method, decision?.Confidence);

    /// <summary>Apple Music and Spotify decisions (under the page id) and their progress (under the listing's ids).</summary>
    private sealed record ReleaseStates(
        IReadOnlyDictionary<long, MatchDecision<AppleMusicAlbum>> AppleDecisions,
        IReadOnlyDictionary<long, ItemProgress> AppleProgress,
        IReadOnlyDictionary<long, MatchDecision<SpotifyAlbum>> SpotifyDecisions,
        IReadOnlyDictionary<long, ItemProgress> SpotifyProgress)
    {
        public SourceState AppleMusic(long id, IReadOnlyList<long> listingIds) =>
            State(EnrichmentSources.AppleMusic, AppleDecisions.GetValueOrDefault(id), Newest(AppleProgress, listingIds));

        public SourceState Spotify(long id, IReadOnlyList<long> listingIds) =>
            State(EnrichmentSources.Spotify, SpotifyDecisions.GetValueOrDefault(id), Newest(SpotifyProgress, listingIds));

        private static ItemProgress? Newest(IReadOnlyDictionary<long, ItemProgress> rows, IReadOnlyList<long> listingIds) =>
            listingIds.Select(rows.GetValueOrDefault).OfType<ItemProgress>().MaxBy(p => p.UpdatedUtc);
    }
}
