using System.Globalization;
using CollectionSite.Clients.Discogs;
using CollectionSite.Clients.Http;
using CollectionSite.Configuration;
using CollectionSite.Domain;
using CollectionSite.Pipeline;
using CollectionSite.Storage;
using Microsoft.Extensions.Logging;

namespace CollectionSite.Stages.Discogs;

/// <summary>
/// Lists the Discogs collection (newest additions first) and reconciles it. Between full listings it first reads page 1
/// only: when that reports the stored number of copies and holds only known copies, nothing was added or removed, so the
/// rest is skipped and only page 1's edits (rating, notes) are applied. A full listing runs when anything differs, every
/// Discogs:FullListingDays days, on the first run and with --full-listing; only a complete and coherent full listing
/// adds copies (queued for the detail stages) and marks copies that left as removed (their pages pruned later).
/// </summary>
public sealed class HarvestCollection(
    CollectionListing listing,
    CollectionRepository collection,
    MetaRepository meta,
    AppSettings settings,
    TimeProvider time,
    IRunReporter reporter,
    ILogger<HarvestCollection> logger) : IPipelineStage
{
    /// <summary>meta key: when the last complete full listing was reconciled.</summary>
    public const string LastFullListingKey = MetaRepository.LastFullListingKey;

    public string Name => "List collection";

    public DataSource? Source => DataSource.Discogs;

    public StageRequirement Requirement => StageRequirement.Required;

    public async Task<StageResult> RunAsync(RunContext context, CancellationToken cancellationToken)
    {
        var username = settings.Discogs.Username
            ?? throw new PipelineAbortedException("Discogs:Username is missing. Set it in collectionsite.json or COLLECTIONSITE_Discogs__Username.");
        reporter.StageStarted(Name, 0);
        var known = await collection.GetActiveInstanceIdsAsync(cancellationToken);
        var fullReason = await FullListingReasonAsync(context, known.Count, cancellationToken);
        StageResult result;
        try
        {
            var first = await listing.FirstPageAsync(username, context.Deadline, cancellationToken);
            fullReason ??= Differs(first, known);
            result = fullReason is null
                ? await ApplyFirstPageAsync(first, cancellationToken)
                : await ListFullyAsync(username, first, fullReason, context, cancellationToken);
        }
        catch (TimeBudgetExhaustedException)
        {
            // A cut listing changes nothing; the next run lists again from page 1.
            var pages = Math.Max(1, (known.Count + DiscogsClient.MaxPerPage - 1) / DiscogsClient.MaxPerPage);
            result = new StageResult(Name, 0, 0, 0, "time budget reached before the listing finished; nothing was added or removed") { Left = pages };
        }
        catch (Exception ex) when (ex is IncompleteListingException or DiscogsApiException)
        {
            throw PipelineAbortedException.Because(
                $"Could not list the Discogs collection: {ex.Message}", "Nothing was removed; the next run lists it again and resumes.", ex);
        }

        reporter.StageFinished(result);
        return result;
    }

    /// <summary>Why this run must list everything whatever page 1 shows, or null when page 1 may decide.</summary>
    private async Task<string?> FullListingReasonAsync(RunContext context, int knownCopies, CancellationToken cancellationToken)
    {
        if (context.Options.FullListing)
        {
            return "--full-listing";
        }

        var last = await meta.GetTimeAsync(LastFullListingKey, cancellationToken);
        if (last is null || knownCopies == 0)
        {
            return "no full listing yet";
        }

        var days = settings.Discogs.FullListingDays;
        var age = time.GetUtcNow() - last.Value;
        return age >= TimeSpan.FromDays(days)
            ? string.Create(CultureInfo.InvariantCulture, $"{age.TotalDays:0.#} days since the last full listing (Discogs:FullListingDays {days})")
            : null;
    }

    /// <summary>Why page 1 shows a change (a total other than the stored count, or a copy not known), or null.</summary>
    private static string? Differs(CollectionPage first, IReadOnlySet<long> known)
    {
        if (first.TotalItems != known.Count)
        {
            return $"Discogs reports {first.TotalItems} copies, {known.Count} are stored";
        }

        var added = first.Items.Count(i => !known.Contains(i.InstanceId));
        return added > 0 ? $"page 1 holds {added} copies not stored yet" : null;
    }

    private async Task<StageResult> ApplyFirstPageAsync(CollectionPage first, CancellationToken cancellationToken)
    {
        var changes = await collection.UpdateKnownAsync(first.Items, time.GetUtcNow(), cancellationToken);
        logger.LogInformation(
            "Collection unchanged on page 1 of {Pages} ({Total} copies, all known): the rest of the listing is skipped; {Updated} copies on it changed",
            first.Pages, first.TotalItems, changes.Updated);
        var note = $"{first.TotalItems} copies: nothing added or removed (page 1 checked), {changes.Updated} changed";
        // Done: the copies this run changed; unchanged: the rest (page 1 showed the collection is the same).
        return new StageResult(Name, changes.Updated, first.TotalItems - changes.Updated, 0, note);
    }

    private async Task<StageResult> ListFullyAsync(string username, CollectionPage first, string reason, RunContext context, CancellationToken cancellationToken)
    {
        logger.LogInformation("Listing the whole collection: {Reason}", reason);
        var complete = await listing.ListAsync(username, first, context.Deadline, cancellationToken);
        var now = time.GetUtcNow();
        var changes = await collection.ReconcileAsync(complete.Items, now, cancellationToken);
        await meta.SetTimeAsync(LastFullListingKey, now, cancellationToken);
        logger.LogInformation(
            "Collection listed with {Requests} requests: {Total} copies, {Added} new, {Updated} changed, {Removed} removed, {Restored} back",
            complete.Requests + 1, complete.Items.Count, changes.Added, changes.Updated, changes.Removed, changes.Restored);
        var note = $"{complete.Items.Count} copies: {changes.Added} new, {changes.Removed} removed, {changes.Updated + changes.Restored} changed";
        var done = changes.Added + changes.Updated + changes.Restored;
        return new StageResult(Name, done, complete.Items.Count - done, 0, note);
    }
}
