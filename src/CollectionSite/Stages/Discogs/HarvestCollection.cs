using CollectionSite.Clients.Discogs;
using CollectionSite.Configuration;
using CollectionSite.Pipeline;
using CollectionSite.Storage;
using Microsoft.Extensions.Logging;

namespace CollectionSite.Stages.Discogs;

/// <summary>
/// Lists the whole Discogs collection and, only when the listing is complete and coherent, reconciles it:
/// new copies are queued for the detail stages, copies that left are marked removed (their pages pruned later).
/// </summary>
public sealed class HarvestCollection(
    CollectionListing listing,
    CollectionRepository collection,
    AppSettings settings,
    TimeProvider time,
    IRunReporter reporter,
    ILogger<HarvestCollection> logger) : IPipelineStage
{
    public string Name => "List collection";

    public DataSource? Source => DataSource.Discogs;

    public StageRequirement Requirement => StageRequirement.Required;

    public async Task<StageResult> RunAsync(RunContext context, CancellationToken cancellationToken)
    {
        var username = settings.Discogs.Username
            ?? throw new PipelineAbortedException("Discogs:Username is missing. Set it in collectionsite.json or COLLECTIONSITE_Discogs__Username.");
        reporter.StageStarted(Name, 0);
        CompleteListing complete;
        try
        {
            complete = await listing.ListAsync(username, cancellationToken);
        }
        catch (Exception ex) when (ex is IncompleteListingException or DiscogsApiException)
        {
            throw PipelineAbortedException.Because(
                $"Could not list the Discogs collection: {ex.Message}", "Nothing was removed; the next run lists it again and resumes.", ex);
        }

        var changes = await collection.ReconcileAsync(complete.Items, time.GetUtcNow(), cancellationToken);
        logger.LogInformation(
            "Collection listed with {Requests} requests: {Total} copies, {Added} new, {Updated} changed, {Removed} removed, {Restored} back",
            complete.Requests, complete.Items.Count, changes.Added, changes.Updated, changes.Removed, changes.Restored);
        var note = $"{complete.Items.Count} copies: {changes.Added} new, {changes.Removed} removed, {changes.Updated + changes.Restored} changed";
        var result = new StageResult(Name, complete.Items.Count, 0, 0, note);
        reporter.StageFinished(result);
        return result;
    }
}
