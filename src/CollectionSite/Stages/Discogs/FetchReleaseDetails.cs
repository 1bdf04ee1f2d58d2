using CollectionSite.Clients.Discogs;
using CollectionSite.Pipeline;
using CollectionSite.Storage;
using Microsoft.Extensions.Logging;

namespace CollectionSite.Stages.Discogs;

/// <summary>Fetches GET /releases/{id} once for every release in the collection (again only with --refresh discogs).</summary>
public sealed class FetchReleaseDetails(
    IDiscogsApi discogs,
    ReleaseRepository releases,
    StageProgressRepository progress,
    TimeProvider time,
    IRunReporter reporter,
    ILogger<FetchReleaseDetails> logger) : ReleaseStage(progress, time, reporter, logger)
{
    public const string Key = "discogs.release";

    public override string Name => "Fetch release details";

    public override DataSource? Source => DataSource.Discogs;

    public override StageRequirement Requirement => StageRequirement.Required;

    protected override string StageKey => Key;

    protected override async Task<ItemOutcome> ProcessAsync(long itemId, RunContext context, CancellationToken cancellationToken)
    {
        // A merged release owned under two ids is fetched once: the other id's answer already brought it.
        if (await releases.IsFreshAsync(itemId, context.StaleBefore(Source), cancellationToken))
        {
            return ItemOutcome.MarkDone;
        }

        var fetched = await discogs.GetReleaseAsync(itemId, cancellationToken);
        if (fetched is null)
        {
            return ItemOutcome.MarkNotFound;
        }

        var now = Time.GetUtcNow();
        return ItemOutcome.Store((state, token) => ReleaseRepository.SaveAsync(state, itemId, fetched, now, token));
    }
}
