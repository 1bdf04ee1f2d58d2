using CollectionSite.Clients.AppleMusic;
using CollectionSite.Domain.Enrichment;
using CollectionSite.Matching;
using CollectionSite.Pipeline;
using CollectionSite.Stages.Discogs;
using CollectionSite.Storage;
using Microsoft.Extensions.Logging;

namespace CollectionSite.Stages.Enrichment;

/// <summary>
/// Matches each release whose details are stored to an Apple Music album (barcode, cross-reference, then a scored
/// search) and stores the decision, its candidates and the album's raw JSON. Optional: rejected credentials stop this
/// stage only; without AppleMusic settings it is skipped with one note.
/// </summary>
public sealed class AppleMusicReleaseStage : ReleaseStage
{
    public const string Key = "apple.release";

    private readonly EnrichmentSource<IAppleMusicApi, AppleMusicMatcher> source;
    private readonly AlbumSources albums;
    private readonly OverrideRepository overrides;
    private readonly MatchRepository<AppleMusicAlbum> matches;
    private readonly IRunReporter reporter;
    private readonly ILogger logger;

    public AppleMusicReleaseStage(
        EnrichmentSource<IAppleMusicApi, AppleMusicMatcher> source,
        AlbumSources albums,
        OverrideRepository overrides,
        MatchRepository<AppleMusicAlbum> matches,
        StageProgressRepository progress,
        TimeProvider time,
        IRunReporter reporter,
        ILogger<AppleMusicReleaseStage> logger)
        : base(progress, time, reporter, logger)
    {
        (this.source, this.albums, this.overrides, this.matches, this.reporter, this.logger) = (source, albums, overrides, matches, reporter, logger);
    }

    public override string Name => "Match Apple Music";

    public override DataSource? Source => DataSource.AppleMusic;

    public override StageRequirement Requirement => StageRequirement.Optional;

    protected override string StageKey => Key;

    /// <summary>The master step settles the original year the scorer compares with, so a release waits for it (a
    /// release without a master is settled as soon as its details are stored).</summary>
    protected override string? RequiresStage => FetchMasters.Key;

    protected override StageResult? ResultWithoutRunning() =>
        source.IsOn ? null : source.RunWhileOff(Name, DataSource.AppleMusic, reporter, logger);


    protected override async Task<ItemOutcome> ProcessAsync(long itemId, RunContext context, CancellationToken cancellationToken)
    {
        if (await albums.GetAsync(itemId, cancellationToken) is not { } album)
        {
            return ItemOutcome.MarkDone;
        }

        var pinned = await overrides.GetAsync(EnrichmentSources.AppleMusic, ItemKinds.Release, album.Release.Id, cancellationToken);
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
