using CollectionSite.Clients.Wikipedia;
using CollectionSite.Domain.Enrichment;
using CollectionSite.Matching;
using CollectionSite.Pipeline;
using CollectionSite.Stages.Discogs;
using CollectionSite.Storage;
using Microsoft.Extensions.Logging;

namespace CollectionSite.Stages.Enrichment;

/// <summary>
/// Matches each artist whose Discogs record is stored to an English Wikipedia article (the artist's own Wikipedia
/// link, a cross-reference, then music-only candidates, never a disambiguation page) and stores the decision, its
/// candidates and the page summary. Optional; without Wikipedia:Contact it is skipped with one note.
/// </summary>
public sealed class WikipediaArtistStage : ItemStage
{
    public const string Key = "wikipedia.artist";

    private readonly EnrichmentSource<IWikipediaApi, WikipediaMatcher> source;
    private readonly ReleaseRepository releases;
    private readonly ArtistRepository artists;
    private readonly OverrideRepository overrides;
    private readonly MatchRepository<WikipediaArticle> matches;
    private readonly IRunReporter reporter;
    private readonly ILogger logger;

    public WikipediaArtistStage(
        EnrichmentSource<IWikipediaApi, WikipediaMatcher> source,
        ReleaseRepository releases,
        ArtistRepository artists,
        OverrideRepository overrides,
        MatchRepository<WikipediaArticle> matches,
        StageProgressRepository progress,
        TimeProvider time,
        IRunReporter reporter,
        ILogger<WikipediaArtistStage> logger)
        : base(progress, time, reporter, logger)
    {
        (this.source, this.releases, this.artists, this.overrides, this.matches, this.reporter, this.logger) = (source, releases, artists, overrides, matches, reporter, logger);
    }

    public override string Name => "Match Wikipedia";

    public override DataSource? Source => DataSource.Wikipedia;

    public override StageRequirement Requirement => StageRequirement.Optional;

    protected override string StageKey => Key;

    protected override string ItemKind => ItemKinds.Artist;

    protected override string? RequiresStage => FetchArtists.Key;

    protected override StageResult? ResultWithoutRunning() =>
        source.IsOn ? null : source.RunWhileOff(Name, DataSource.Wikipedia, reporter, logger);

    /// <summary>The artist pages' artists (main artists of the collection's releases, newest first) that
    /// <see cref="FetchArtists"/> has done, so each is looked up as soon as its Discogs record is stored.</summary>
    protected override async Task<IReadOnlyList<long>> ListItemsAsync(CancellationToken cancellationToken)
    {
        var fetched = await Progress.GetProgressAsync(FetchArtists.Key, cancellationToken);
        return (await releases.GetMainArtistIdsAsync(cancellationToken))
            .Where(id => FetchArtists.IsArtistPage(id) && fetched.GetValueOrDefault(id)?.Status == ItemStatus.Done)
            .ToList();
    }

    protected override async Task<ItemOutcome> ProcessAsync(long itemId, RunContext context, CancellationToken cancellationToken)
    {
        var now = Time.GetUtcNow();
        if ((await artists.GetAsync(itemId, cancellationToken))?.Value is not { } artist)
        {
            // Discogs has no such artist (404): there is no name to look up, so there is nothing to match.
            var nothing = new MatchDecision<WikipediaArticle>(MatchState.NoMatch, null, 0, [], null, now);
            return ItemOutcome.StoreNoMatch((state, token) => matches.SaveAsync(state, itemId, nothing, token));
        }

        var pinned = await overrides.GetAsync(EnrichmentSources.Wikipedia, ItemKinds.Artist, artist.Id, cancellationToken);
        var decision = await MatchDecisions.DecideAsync(
            pinned,
            matches.Table,
            artist.Id,
            title => source.Api.GetSummaryAsync(title, cancellationToken),
            term => source.Matcher.MatchAsync(ArtistLookup.From(artist, term), cancellationToken),
            now);
        StateWrite write = (state, token) => matches.SaveAsync(state, artist.Id, decision, token);
        return decision.State == MatchState.NoMatch ? ItemOutcome.StoreNoMatch(write) : ItemOutcome.Store(write);
    }
}
