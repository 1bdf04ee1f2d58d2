using CollectionSite.Clients.Spotify;
using CollectionSite.Domain.Enrichment;
using CollectionSite.Matching;
using CollectionSite.Pipeline;
using CollectionSite.Storage;
using Microsoft.Extensions.Logging;

namespace CollectionSite.Stages.Enrichment;

/// <summary>Matches each release to a Spotify album (barcode as <c>upc:</c>, cross-reference, then a scored search in Spotify:Market); see <see cref="AlbumMatchStage{TApi, TAlbum, TMatcher}"/>.</summary>
public sealed class SpotifyReleaseStage(
    EnrichmentSource<ISpotifyApi, SpotifyMatcher> source,
    AlbumSources albums,
    OverrideRepository overrides,
    MatchRepository<SpotifyAlbum> matches,
    StageProgressRepository progress,
    TimeProvider time,
    IRunReporter reporter,
    ILogger<SpotifyReleaseStage> logger)
    : AlbumMatchStage<ISpotifyApi, SpotifyAlbum, SpotifyMatcher>(source, albums, overrides, matches, progress, time, reporter, logger)
{
    public const string Key = "spotify.release";

    public override string Name => "Match Spotify";

    public override DataSource? Source => DataSource.Spotify;

    protected override string StageKey => Key;

    protected override string OverrideSource => EnrichmentSources.Spotify;

    protected override Task<SpotifyAlbum?> GetPinnedAsync(string id, CancellationToken cancellationToken) => Store.Api.GetAlbumAsync(id, cancellationToken);

    protected override Task<MatchOutcome<SpotifyAlbum>> MatchAsync(AlbumLookup lookup, CancellationToken cancellationToken) =>
        Store.Matcher.MatchAsync(lookup, cancellationToken);
}
