using CollectionSite.Clients.Discogs;
using CollectionSite.Pipeline;
using CollectionSite.Storage;
using Microsoft.Extensions.Logging;

namespace CollectionSite.Stages;

/// <summary>Fetches GET /releases/{id} once for every release in the collection (again only with --refresh).</summary>
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

    protected override string StageKey => Key;

    protected override async Task<ItemOutcome> ProcessAsync(long releaseId, RunContext context, CancellationToken cancellationToken)
    {
        if (await releases.IsFreshAsync(releaseId, context.DiscogsStaleBefore, cancellationToken))
        {
            return ItemOutcome.NothingToDo;
        }

        var fetched = await discogs.GetReleaseAsync(releaseId, cancellationToken);
        if (fetched is null)
        {
            return ItemOutcome.NotFound;
        }

        await releases.SaveAsync(releaseId, fetched, Key, Time.GetUtcNow(), cancellationToken);
        return ItemOutcome.Completed;
    }
}
