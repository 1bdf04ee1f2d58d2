using CollectionSite.Pipeline;
using CollectionSite.Stages.Artwork;
using CollectionSite.Stages.Discogs;
using CollectionSite.Stages.Enrichment;
using CollectionSite.Stages.Site;
using CollectionSite.Storage;

namespace CollectionSite.Hosting;

/// <summary>
/// The pipelines, each one ordered list of stages, top to bottom in the order they run.
/// A new capability slots in as one more line here.
/// </summary>
public static class PipelineDefinitions
{
    /// <summary>Release details, then masters, then artists: the Discogs records of what the listing found (in `build`, each in a lane of its own).</summary>
    public static IReadOnlyList<Type> DiscogsRecords { get; } = [typeof(FetchReleaseDetails), typeof(FetchMasters), typeof(FetchArtists)];

    /// <summary>The optional sources matched to what the harvest stored, each in a lane of its own.</summary>
    public static IReadOnlyList<Type> Enrichment { get; } =
    [
        typeof(AppleMusicReleaseStage),
        typeof(SpotifyReleaseStage),
        typeof(WikipediaArtistStage),
    ];

    /// <summary>`harvest`: the Discogs side only.</summary>
    public static IReadOnlyList<PipelineStep> Harvest { get; } = [typeof(HarvestCollection), .. DiscogsRecords.Select(PipelineStep.Of)];

    /// <summary>
    /// `build`: list the collection; then every Discogs record stage and every enrichment source in a lane of its own,
    /// all at once, each following the stage it needs (masters and artists follow the release details, Apple Music and
    /// Spotify follow the masters so a reissue is scored against its original year, Wikipedia follows the artists).
    /// The Discogs lanes share one limiter, so a cold build costs about the Discogs rate-limit floor, not the sum of the
    /// sources. Then the artwork (which prefers what enrichment found), then the site.
    /// </summary>
    public static IReadOnlyList<PipelineStep> Build { get; } =
    [
        typeof(HarvestCollection),
        PipelineStep.Together([.. DiscogsRecords.Concat(Enrichment).Select(stage => (IReadOnlyList<Type>)[stage])]),
        typeof(FetchCoverArt),
        typeof(FetchArtistImages),
        typeof(InstallSiteSkeleton),
        typeof(RenderSite),
    ];

    /// <summary>
    /// The admin UI's re-render: what the collector's edits need before the site shows them, then the site. Enrichment and
    /// artwork work only on items an edit made due (a pin, a cover, a re-queue); Discogs is not asked. Incremental like
    /// `build`: unchanged pages are not written.
    /// </summary>
    public static IReadOnlyList<PipelineStep> Rerender { get; } =
    [
        PipelineStep.Together([.. Enrichment.Select(stage => (IReadOnlyList<Type>)[stage])]),
        typeof(FetchCoverArt),
        typeof(FetchArtistImages),
        typeof(InstallSiteSkeleton),
        typeof(RenderSite),
    ];

    /// <summary>The progress keys of the per-item stages (what `retry --stage` accepts); a test keeps it complete.</summary>
    public static IReadOnlyList<string> ItemStageKeys { get; } =
    [
        FetchReleaseDetails.Key, FetchMasters.Key, FetchArtists.Key, AppleMusicReleaseStage.Key, SpotifyReleaseStage.Key, WikipediaArtistStage.Key,
        FetchCoverArt.Key, FetchArtistImages.Key,
    ];

    /// <summary>The artwork stage keys per item kind: covers per release, images per artist.</summary>
    public static string ArtworkStageKey(string itemKind) => itemKind == ItemKinds.Artist ? FetchArtistImages.Key : FetchCoverArt.Key;

    /// <summary>The stage key that decides each matching source (<see cref="EnrichmentSources"/> name → key), for `match show`.</summary>
    public static IReadOnlyDictionary<string, string> MatchStageKeys { get; } = new Dictionary<string, string>
    {
        [EnrichmentSources.AppleMusic] = AppleMusicReleaseStage.Key,
        [EnrichmentSources.Spotify] = SpotifyReleaseStage.Key,
        [EnrichmentSources.Wikipedia] = WikipediaArtistStage.Key,
    };

    /// <summary>Whether <paramref name="steps"/> render pages, so the page templates must be checked before the run.</summary>
    public static bool RendersPages(IReadOnlyList<PipelineStep> steps) => steps.Any(step => step.Stages.Contains(typeof(RenderSite)));

    /// <summary>Every stage type any pipeline names (what Hosting registers).</summary>
    public static IEnumerable<Type> All => Build.Concat(Harvest).SelectMany(step => step.Stages).Distinct();
}
