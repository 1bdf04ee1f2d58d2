using CollectionSite.Clients.Spotify;
using CollectionSite.Domain.Enrichment;
using CollectionSite.Matching;
using CollectionSite.Pipeline;
using CollectionSite.Stages.Discogs;
using CollectionSite.Storage;
using Microsoft.Extensions.Logging;

namespace CollectionSite.Stages.Enrichment;

/// <summary>
/// Matches each release whose details are stored to a Spotify album (barcode as <c>upc:</c>, cross-reference, then a
/// scored search in Spotify:Market) and stores the decision, its candidates and the album's raw JSON. Optional: rejected
/// client credentials stop this stage only; without Spotify settings it is skipped with one note.
/// </summary>
public sealed class SpotifyReleaseStage : ReleaseStage
{
    public const string Key = "spotify.release";

    private readonly EnrichmentSource<ISpotifyApi, SpotifyMatcher> source;
    private readonly AlbumSources albums;
    private readonly OverrideRepository overrides;
    private readonly MatchRepository<SpotifyAlbum> matches;
    private readonly IRunReporter reporter;
    private readonly ILogger logger;

    public SpotifyReleaseStage(
        EnrichmentSource<ISpotifyApi, SpotifyMatcher> source,
        AlbumSources albums,
        OverrideRepository overrides,
        MatchRepository<SpotifyAlbum> matches,
        StageProgressRepository progress,
        TimeProvider time,
        IRunReporter reporter,
        ILogger<SpotifyReleaseStage> logger)
        : base(progress, time, reporter, logger)
    {
        (this.source, this.albums, this.overrides, this.matches, this.reporter, this.logger) = (source, albums, overrides, matches, reporter, logger);
    }

    public override string Name => "Match Spotify";

    public override DataSource? Source => DataSource.Spotify;

    public override StageRequirement Requirement => StageRequirement.Optional;

    protected override string StageKey => Key;

    /// <summary>The master step settles the original year the scorer compares with, so a release waits for it (a
    /// release without a master is settled as soon as its details are stored).</summary>
    protected override string? RequiresStage => FetchMasters.Key;

    protected override StageResult? ResultWithoutRunning() =>
        source.IsOn ? null : source.RunWhileOff(Name, DataSource.Spotify, reporter, logger);


    protected override async Task<ItemOutcome> ProcessAsync(long itemId, RunContext context, CancellationToken cancellationToken)
    {
        if (await albums.GetAsync(itemId, cancellationToken) is not { } album)
        {
            return ItemOutcome.MarkDone;
        }

        var pinned = await overrides.GetAsync(EnrichmentSources.Spotify, ItemKinds.Release, album.Release.Id, cancellationToken);
        var decision = await MatchDecisions.DecideAsync(
            pinned,
            matches.Table,
            album.Release.Id,
            id => source.Api.GetAlbumAsync(id, cancellationToken),
            term => source.Matcher.MatchAsync(AlbumLookup.From(album.Release, album.Master, term), cancellationToken),
            Time.GetUtcNow());
        return ItemOutcome.Store((state, token) => matches.SaveAsync(state, album.Release.Id, decision, token));
    }
}
