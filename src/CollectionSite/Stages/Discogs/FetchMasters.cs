using CollectionSite.Clients.Discogs;
using CollectionSite.Pipeline;
using CollectionSite.Storage;
using Microsoft.Extensions.Logging;

namespace CollectionSite.Stages.Discogs;

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

    public override DataSource? Source => DataSource.Discogs;

    public override StageRequirement Requirement => StageRequirement.Required;

    protected override string StageKey => Key;

    protected override string? RequiresStage => FetchReleaseDetails.Key;

    protected override async Task<ItemOutcome> ProcessAsync(long itemId, RunContext context, CancellationToken cancellationToken)
    {
        var release = await releases.GetAsync(itemId, cancellationToken);
        if (release?.MasterId is not { } masterId)
        {
            return ItemOutcome.MarkDone;
        }

        // Another release with the same master may have fetched it already in this run (or since the refresh).
        var cached = await masters.GetAsync(masterId, cancellationToken);
        if (cached is not null && cached.IsFresh(context.StaleBefore(Source)))
        {
            return ItemOutcome.MarkDone;
        }

        var fetched = await discogs.GetMasterAsync(masterId, cancellationToken);
        var now = Time.GetUtcNow();
        return ItemOutcome.Store((state, token) => masters.SaveAsync(state, masterId, fetched, now, token));
    }
}
