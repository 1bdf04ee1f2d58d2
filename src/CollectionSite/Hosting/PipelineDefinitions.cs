using CollectionSite.Stages;
using CollectionSite.Stages.Artwork;

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

    /// <summary>`build`: harvest, artwork, then turn the state into a Hugo site.</summary>
    public static IReadOnlyList<Type> Build { get; } =
    [
        .. Harvest,
        typeof(FetchCoverArt),
        typeof(FetchArtistImages),
        typeof(InstallSiteSkeleton),
        typeof(RenderSite),
    ];

    /// <summary>The progress keys of the per-item stages (what `retry --stage` accepts); a test keeps it complete.</summary>
    public static IReadOnlyList<string> ItemStageKeys { get; } = [FetchReleaseDetails.Key, FetchMasters.Key, FetchArtists.Key, FetchCoverArt.Key, FetchArtistImages.Key];

    /// <summary>Whether <paramref name="stages"/> render pages, so the page templates must be checked before the run.</summary>
    public static bool RendersPages(IReadOnlyList<Type> stages) => stages.Contains(typeof(RenderSite));

    /// <summary>Every stage type any pipeline names (what Hosting registers).</summary>
    public static IEnumerable<Type> All => Build.Concat(Harvest).Distinct();
}
