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
    /// <summary>`harvest`: the Discogs side only.</summary>
    public static IReadOnlyList<Type> Harvest { get; } =
    [
        typeof(HarvestCollection),
        typeof(FetchReleaseDetails),
        typeof(FetchMasters),
        typeof(FetchArtists),
    ];

    /// <summary>The optional sources matched to what the harvest stored: releases as soon as their details are stored, artists as soon as their Discogs record is.</summary>
    public static IReadOnlyList<Type> Enrichment { get; } =
    [
        typeof(AppleMusicReleaseStage),
        typeof(SpotifyReleaseStage),
        typeof(WikipediaArtistStage),
    ];

    /// <summary>`build`: harvest, enrichment, then turn the state into a Hugo site.</summary>
    public static IReadOnlyList<Type> Build { get; } =
    [
        .. Harvest,
        .. Enrichment,
        typeof(InstallSiteSkeleton),
        typeof(RenderSite),
    ];

    /// <summary>The progress keys of the per-item stages (what `retry --stage` accepts); a test keeps it complete.</summary>
    public static IReadOnlyList<string> ItemStageKeys { get; } =
    [
        FetchReleaseDetails.Key, FetchMasters.Key, FetchArtists.Key, AppleMusicReleaseStage.Key, SpotifyReleaseStage.Key, WikipediaArtistStage.Key,
    ];

    /// <summary>The stage key that decides each matching source (<see cref="EnrichmentSources"/> name → key), for `match show`.</summary>
    public static IReadOnlyDictionary<string, string> MatchStageKeys { get; } = new Dictionary<string, string>
    {
        [EnrichmentSources.AppleMusic] = AppleMusicReleaseStage.Key,
        [EnrichmentSources.Spotify] = SpotifyReleaseStage.Key,
        [EnrichmentSources.Wikipedia] = WikipediaArtistStage.Key,
    };

    /// <summary>Whether <paramref name="stages"/> render pages, so the page templates must be checked before the run.</summary>
    public static bool RendersPages(IReadOnlyList<Type> stages) => stages.Contains(typeof(RenderSite));

    /// <summary>Every stage type any pipeline names (what Hosting registers).</summary>
    public static IEnumerable<Type> All => Build.Concat(Harvest).Distinct();
}
