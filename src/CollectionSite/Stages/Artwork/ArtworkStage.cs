using CollectionSite.Artwork;
using CollectionSite.Artwork.Renditions;
using CollectionSite.Artwork.Sources;
using CollectionSite.Clients.Http;
using CollectionSite.Configuration;
using CollectionSite.Disk;
using CollectionSite.Domain;
using CollectionSite.Pipeline;
using CollectionSite.Storage;
using Microsoft.Extensions.Logging;

namespace CollectionSite.Stages.Artwork;

/// <summary>One item of an artwork stage: its progress id, the id its image is stored under (the page's), and how to list its candidates.</summary>
public sealed record ArtworkWork(long ItemId, long ArtworkId, Func<CancellationToken, Task<IReadOnlyList<ArtworkCandidate>>> FindCandidates);

/// <summary>
/// Base of the artwork stages: every listed item is looked at on every run, in parallel up to Artwork:MaxParallelism,
/// and costs nothing when its candidates, the recipe and its files are as they were (no request, no encode). Otherwise
/// its candidates are resolved (<see cref="ArtworkResolver"/>) and its image stored with its "done" in one transaction.
/// A failed item is recorded (error, failed runs, dead letter after Retry:MaxAttempts) and keeps its previous image; a
/// host refusing every request stops the stage, and the run goes on (optional stage).
/// </summary>
public abstract partial class ArtworkStage(
    ArtworkResolver resolver,
    ArtworkRepository artwork,
    RenditionRecipe recipe,
    ArtworkPaths paths,
    StageProgressRepository progress,
    ArtworkSettings settings,
    TimeProvider time,
    IRunReporter reporter,
    ILogger logger) : IPipelineStage
{
    public abstract string Name { get; }

    public DataSource? Source => DataSource.Artwork;

    public StageRequirement Requirement => StageRequirement.Optional;

    /// <summary>The stage_progress key; starts with <see cref="ArtworkRepository.StageKeyPrefix"/>.</summary>
    protected abstract string StageKey { get; }

    /// <summary>What the item ids name (<see cref="ItemKinds"/>), also the kind its image is stored under.</summary>
    protected abstract string ItemKind { get; }

    protected StageProgressRepository Progress => progress;

    /// <summary>Every item that should have an image, in the order to work on them.</summary>
    protected abstract Task<IReadOnlyList<ArtworkWork>> ListWorkAsync(CancellationToken cancellationToken);

    public async Task<StageResult> RunAsync(RunContext context, CancellationToken cancellationToken)
    {
        DeleteTemporaries();

        var work = await ListWorkAsync(cancellationToken);
        await progress.ForgetUnlistedFailuresAsync(StageKey, [.. work.Select(w => w.ItemId)], cancellationToken);
        var known = await progress.GetProgressAsync(StageKey, cancellationToken);
        var stored = await artwork.GetItemsAsync(ItemKind, cancellationToken);
        var due = work.Where(w => known.GetValueOrDefault(w.ItemId)?.Status != ItemStatus.DeadLetter).ToList();
        var run = new StageRun(context, known, stored, context.StaleBefore(Source));
        reporter.StageStarted(Name, due.Count);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        try
        {
            await Parallel.ForEachAsync(
                due,
                new ParallelOptions { MaxDegreeOfParallelism = settings.MaxParallelism, CancellationToken = stop.Token },
                async (item, token) =>
                {
                    if (context.OutOfTime)
                    {
                        // The time budget is spent: no new download starts; the item waits for the next run.
                        run.CountLeft();
                        return;
                    }

                    if (await RunItemAsync(item, run, token) is { } fatal)
                    {
                        run.Stop(new StageStop(Source, fatal.Message));
                        await stop.CancelAsync();
                    }
                });
        }
        catch (OperationCanceledException) when (run.Stopped is not null && !cancellationToken.IsCancellationRequested)
        {
            // The stage stopped on a fatal remote error: the run goes on.
        }

        var result = run.Result(Name);
        reporter.StageFinished(result);
        return result;
    }

    /// <summary>A run killed mid-download or mid-encode left its temporaries; nothing else would ever delete them.</summary>
    private void DeleteTemporaries()
    {
        try
        {
            if (paths.DeleteTemporaries() is var stale and > 0)
            {
                logger.LogInformation("Deleted {Count} temporary artwork file(s) a stopped run left in {Folder}", stale, paths.Root);
            }
        }
        catch (Exception ex) when (DiskErrors.RefusesWrites(ex))
        {
            throw DiskRefused(ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Leftovers only cost space, and start with a dot so Hugo never publishes them: the stage goes on.
            logger.LogWarning("Could not delete the temporary artwork files in {Folder}: {Reason}", paths.Root, DiskErrors.Reason(ex));
        }
    }

    private PipelineAbortedException DiskRefused(Exception ex) => PipelineAbortedException.Because(
        $"Could not write the artwork folder '{paths.Root}': {DiskErrors.Reason(ex)}",
        $"{DiskErrors.Fix(ex, "--state (Paths:State)")}, then run build again. Finished work is saved; nothing was recorded as failed.",
        ex);

    /// <summary>Does one item; returns the fatal error that must stop the stage, else null.</summary>
    private async Task<FatalRemoteException?> RunItemAsync(ArtworkWork item, StageRun run, CancellationToken cancellationToken)
    {
        var before = run.Known.GetValueOrDefault(item.ItemId);
        try
        {
            run.Count(await ProcessAsync(item, before, run, cancellationToken));
            reporter.ItemFinished(Name, failed: false);
            return null;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (TimeBudgetExhaustedException)
        {
            run.CountLeft();
            return null;
        }
        catch (FatalRemoteException ex)
        {
            return ex;
        }
        catch (Exception ex) when (DiskErrors.RefusesWrites(ex))
        {
            // Every item would fail the same way and use up its attempts: the run stops with one line instead.
            throw DiskRefused(ex);
        }
        catch (Exception ex)
        {
            run.CountFailure();
            await RecordFailureAsync(item.ItemId, before, ex, run.Context, cancellationToken);
            reporter.ItemFinished(Name, failed: true);
            return null;
        }
    }

    private async Task<ItemChange> ProcessAsync(ArtworkWork item, ItemProgress? before, StageRun run, CancellationToken cancellationToken)
    {
        var candidates = await item.FindCandidates(cancellationToken);
        var inputHash = InputHash(candidates);
        var current = run.Stored.GetValueOrDefault((ItemKind, item.ArtworkId));
        var refresh = run.StaleBefore is { } stale && before is not null && before.UpdatedUtc < stale;
        var finished = before?.Status == ItemStatus.Done && !refresh;
        if (finished && (candidates.Count == 0 ? current is null : current?.InputHash == inputHash && FilesPresent(current) && !RetriesBetterSource(current, before!, run)))
        {
            return ItemChange.Unchanged;
        }

        var now = time.GetUtcNow();
        var stageItem = new StageItem(StageKey, ItemKind, item.ItemId);
        if (candidates.Count == 0)
        {
            StateWrite? forget = current is null ? null : (state, token) => ArtworkRepository.DeleteItemAsync(state, ItemKind, item.ArtworkId, token);
            await progress.FinishAsync(stageItem, ItemStatus.Done, forget, now, cancellationToken);
            return current is null ? ItemChange.Unchanged : ItemChange.Removed;
        }

        var resolved = await resolver.ResolveAsync(candidates, refresh, cancellationToken);
        var image = new ItemArtwork(ItemKind, item.ArtworkId, resolved.Candidate.Source, resolved.Candidate.Location, resolved.Original, inputHash, resolved.Files, resolved.Failures);
        // A fallback counts its runs in a row, like a failure, so the better source is asked again only while they last.
        var settled = resolved.Failures.Count == 0 ? 0 : (before?.Status == ItemStatus.Done ? before.Attempts : 0) + 1;
        await progress.FinishAsync(stageItem, ItemStatus.Done, (state, token) => ArtworkRepository.SaveItemAsync(state, image, now, token), now, cancellationToken, settled);
        return new ItemChange(true, resolved.Downloaded, resolved.Encoded);
    }

    /// <summary>
    /// Whether an item that kept a worse image because a better source failed (a fallback) tries that source again: on
    /// the next runs, up to Retry:MaxAttempts in a row, so an outage that heals leaves no trace in the site, and a source
    /// that keeps failing is asked no more than a failed item would be.
    /// </summary>
    private static bool RetriesBetterSource(ItemArtwork current, ItemProgress before, StageRun run) =>
        current.Failures.Count > 0 && before.Attempts < run.Context.MaxAttempts;

    private bool FilesPresent(ItemArtwork image) =>
        image.Files.Count > 0 && image.Files.All(f => File.Exists(paths.Rendition(f.Rendition.Key, f.Rendition.Format)));

    /// <summary>The candidates in order (local files with size and time) and the recipe: the same hash means nothing to do.</summary>
    private string InputHash(IReadOnlyList<ArtworkCandidate> candidates) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(
            string.Join('\n', candidates.Select(c => c.Fingerprint()).Append(recipe.Fingerprint)))));

    private async Task RecordFailureAsync(long itemId, ItemProgress? before, Exception ex, RunContext context, CancellationToken cancellationToken)
    {
        var attempts = RetryRules.AttemptsAfterFailure(before);
        var status = RetryRules.StatusAfterFailure(attempts, context.MaxAttempts);
        logger.LogWarning("{Stage}: {Kind} {Id} has no image ({Status} after {Attempts} run(s)): {Error}", Name, ItemKind, itemId, status, attempts, ex.Message);
        await progress.RecordFailureAsync(new StageItem(StageKey, ItemKind, itemId), status, attempts, ex.Message, time.GetUtcNow(), cancellationToken);
    }
}
