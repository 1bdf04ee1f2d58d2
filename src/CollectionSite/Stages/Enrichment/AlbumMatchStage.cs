using CollectionSite.Matching;
using CollectionSite.Pipeline;
using CollectionSite.Stages.Discogs;
using CollectionSite.Storage;
using Microsoft.Extensions.Logging;

namespace CollectionSite.Stages.Enrichment;

/// <summary>
/// Matches each release to an album of one streaming store (barcode, cross-reference, then a scored search, or the
/// collector's pin) and stores the decision, its candidates and the album's raw JSON. Optional: rejected credentials
/// stop this stage only; an unconfigured store is skipped with one note. One subclass per store says which API to ask.
/// </summary>
/// <typeparam name="TApi">The store's client (<c>IAppleMusicApi</c>, <c>ISpotifyApi</c>).</typeparam>
/// <typeparam name="TAlbum">The store's album record kept in the decision.</typeparam>
/// <typeparam name="TMatcher">The store's matcher.</typeparam>
public abstract class AlbumMatchStage<TApi, TAlbum, TMatcher> : ReleaseStage
    where TApi : class
    where TAlbum : class
    where TMatcher : class
{
    private readonly AlbumSources albums;
    private readonly OverrideRepository overrides;
    private readonly MatchRepository<TAlbum> matches;
    private readonly IRunReporter reporter;
    private readonly ILogger logger;

    protected AlbumMatchStage(
        EnrichmentSource<TApi, TMatcher> source,
        AlbumSources albums,
        OverrideRepository overrides,
        MatchRepository<TAlbum> matches,
        StageProgressRepository progress,
        TimeProvider time,
        IRunReporter reporter,
        ILogger logger)
        : base(progress, time, reporter, logger)
    {
        (Store, this.albums, this.overrides, this.matches, this.reporter, this.logger) = (source, albums, overrides, matches, reporter, logger);
    }

    public sealed override StageRequirement Requirement => StageRequirement.Optional;

    /// <summary>The store's client and matcher, or why it is off.</summary>
    protected EnrichmentSource<TApi, TMatcher> Store { get; }

    /// <summary>The override store's name of the source (<see cref="EnrichmentSources"/>).</summary>
    protected abstract string OverrideSource { get; }

    /// <summary>The master step settles the original year the scorer compares with, so a release waits for it (a
    /// release without a master is settled as soon as its details are stored).</summary>
    protected sealed override string? RequiresStage => FetchMasters.Key;

    /// <summary>The pinned album by its store id; null when the store does not know it.</summary>
    protected abstract Task<TAlbum?> GetPinnedAsync(string id, CancellationToken cancellationToken);

    /// <summary>Runs the store's matcher on <paramref name="lookup"/>.</summary>
    protected abstract Task<MatchOutcome<TAlbum>> MatchAsync(AlbumLookup lookup, CancellationToken cancellationToken);

    protected sealed override StageResult? ResultWithoutRunning() =>
        Store.IsOn ? null : Store.RunWhileOff(Name, Source!.Value, reporter, logger);

    protected sealed override async Task<ItemOutcome> ProcessAsync(long itemId, RunContext context, CancellationToken cancellationToken)
    {
        if (await albums.GetAsync(itemId, cancellationToken) is not { } album)
        {
            return ItemOutcome.MarkDone;
        }

        var pinned = await overrides.GetAsync(OverrideSource, ItemKinds.Release, album.Release.Id, cancellationToken);
        var decision = await MatchDecisions.DecideAsync(
            pinned,
            matches.Table,
            album.Release.Id,
            id => GetPinnedAsync(id, cancellationToken),
            term => MatchAsync(AlbumLookup.From(album.Release, album.Master, term), cancellationToken),
            Time.GetUtcNow());
        StateWrite write = (state, token) => matches.SaveAsync(state, album.Release.Id, decision, token);
        return decision.State == MatchState.NoMatch ? ItemOutcome.StoreNoMatch(write) : ItemOutcome.Store(write);
    }
}
