using CollectionSite.Clients.Discogs;
using CollectionSite.Pipeline;
using CollectionSite.Storage;
using Microsoft.Extensions.Logging;

namespace CollectionSite.Stages;

/// <summary>
/// Fetches each release's master (original year, master genres and styles). Masters are shared:
/// one already cached (or known to be missing) costs no request.
/// </summary>
public sealed class FetchMasters(
    IDiscogsApi discogs,
    ReleaseRepository releases,
    MasterRepository masters,
    StageProgressRepository progress,
    TimeProvider time,
    IRunReporter reporter,
    ILogger<FetchMasters> logger) : ReleaseStage(progress, time, reporter, logger)
{
    public const string Key = "discogs.master";

    public override string Name => "Fetch masters";

    protected override string StageKey => Key;

    protected override string? RequiresStage => FetchReleaseDetails.Key;

    protected override async Task<ItemOutcome> ProcessAsync(long releaseId, RunContext context, CancellationToken cancellationToken)
    {
        var release = await releases.GetAsync(releaseId, cancellationToken);
        if (release?.MasterId is not { } masterId)
        {
            return ItemOutcome.NothingToDo;
        }

        var cached = await masters.GetAsync(masterId, cancellationToken);
        if (cached is not null && (context.DiscogsStaleBefore is not { } staleBefore || cached.FetchedUtc >= staleBefore))
        {
            return ItemOutcome.NothingToDo;
        }

        var fetched = await discogs.GetMasterAsync(masterId, cancellationToken);
        await masters.SaveAsync(masterId, fetched, releaseId, Key, Time.GetUtcNow(), cancellationToken);
        return ItemOutcome.Completed;
    }
}
