using CollectionSite.Clients.AppleMusic;
using CollectionSite.Domain.Enrichment;
using CollectionSite.Matching;
using CollectionSite.Pipeline;
using CollectionSite.Storage;
using Microsoft.Extensions.Logging;

namespace CollectionSite.Stages.Enrichment;

/// <summary>Matches each release to an Apple Music album (barcode, cross-reference, then a scored search); see <see cref="AlbumMatchStage{TApi, TAlbum, TMatcher}"/>.</summary>
public sealed class AppleMusicReleaseStage(
    EnrichmentSource<IAppleMusicApi, AppleMusicMatcher> source,
    AlbumSources albums,
    OverrideRepository overrides,
    MatchRepository<AppleMusicAlbum> matches,
    StageProgressRepository progress,
    TimeProvider time,
    IRunReporter reporter,
    ILogger<AppleMusicReleaseStage> logger)
    : AlbumMatchStage<IAppleMusicApi, AppleMusicAlbum, AppleMusicMatcher>(source, albums, overrides, matches, progress, time, reporter, logger)
{
    public const string Key = "apple.release";

    public override string Name => "Match Apple Music";

    public override DataSource? Source => DataSource.AppleMusic;

    protected override string StageKey => Key;

    protected override string OverrideSource => EnrichmentSources.AppleMusic;

    protected override Task<AppleMusicAlbum?> GetPinnedAsync(string id, CancellationToken cancellationToken) => Store.Api.GetAlbumAsync(id, cancellationToken);

    protected override Task<MatchOutcome<AppleMusicAlbum>> MatchAsync(AlbumLookup lookup, CancellationToken cancellationToken) =>
        Store.Matcher.MatchAsync(lookup, cancellationToken);
}
