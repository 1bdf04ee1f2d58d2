using CollectionSite.Pipeline;
using CollectionSite.Rendering;
using CollectionSite.Rendering.Output;
using CollectionSite.Rendering.Site;
using CollectionSite.Rendering.Slugs;
using CollectionSite.Rendering.Templates;
using CollectionSite.Storage;
using Microsoft.Extensions.Logging;

namespace CollectionSite.Stages.Site;

/// <summary>
/// Turns the state database into Hugo content under <see cref="RenderingOptions.OutputDirectory"/>: album leaf
/// bundles, term pages and list-page titles. Writes only files whose bytes changed, prunes its own files
/// that are no longer wanted, never touches anyone else's. A cancelled render leaves consistent state:
/// the next run simply renders again.
/// </summary>
public sealed class RenderSite(
    SiteInputLoader loader,
    SlugService slugService,
    SitePages sitePages,
    RenderStateRepository state,
    MetaRepository meta,
    RenderingOptions options,
    TimeProvider time,
    IRunReporter reporter,
    ILogger<RenderSite> logger) : IPipelineStage
{
    public string Name => "Render pages";

    public DataSource? Source => null;

    public StageRequirement Requirement => StageRequirement.Required;

    public async Task<StageResult> RunAsync(RunContext context, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var result = await RenderAsync(cancellationToken);
        // The next run's time budget keeps twice this in reserve (TimeBudget.Reserve).
        await TimeBudget.RecordRenderAsync(meta, time.GetElapsedTime(started), cancellationToken);
        return result;
    }

    private async Task<StageResult> RenderAsync(CancellationToken cancellationToken)
    {
        var input = await loader.LoadAsync(cancellationToken);
        var catalog = SiteCatalog.Build(input);
        var slugs = await slugService.AssignAsync(catalog, cancellationToken);
        var states = await state.GetPageStatesAsync(cancellationToken);
        var writer = new SiteWriter(options.OutputDirectory, state, logger, options.Files);
        try
        {
            await writer.OpenAsync(cancellationToken);
            reporter.StageStarted(Name, SitePages.FixedPageCount(input) + catalog.Albums.Count + catalog.Terms.Count);
            var pageKeys = await WritePagesAsync(sitePages.RenderAsync(input, catalog, slugs, states, cancellationToken), states, writer, cancellationToken);
            // Every changed file is staged: only now does the site change (renames), and only now may old files go.
            await writer.CommitAsync(cancellationToken);
            var gone = states.Keys.Where(k => !pageKeys.Contains(k)).ToList();
            var removed = await new SitePruner(state, logger).PruneAsync(writer, gone, cancellationToken);
            await writer.SaveManifestAsync(cancellationToken);
            var counts = writer.Counts(removed);
            var note = $"{pageKeys.Count} pages: {counts.Written} written, {counts.Removed} removed"
                + (counts.Foreign > 0 ? $", {counts.Foreign} skipped (files not written by CollectionSite)" : string.Empty);
            logger.LogInformation("Rendered into {Root}: {Note}", writer.Root, note);
            var result = new StageResult(Name, counts.Written, counts.Unchanged, 0, note)
            {
                NotOverwritten = writer.FirstForeign is { } first ? new NotOverwritten(counts.Foreign, writer.Root, first) : null,
            };
            reporter.StageFinished(result);
            return result;
        }
        catch (TemplateException ex)
        {
            throw PipelineAbortedException.Because(ex.Message, "Fix the template and run again; nothing else was lost.", ex);
        }
        catch (Exception ex) when (SiteWriteFailure.Covers(ex))
        {
            // A full disk or a read-only folder is the user's to fix, not a crash: one line, the stack trace in the log.
            throw SiteWriteFailure.Abort(ex, writer.Root, writer.Progress);
        }
        finally
        {
            writer.Close();
        }
    }

    private async Task<HashSet<string>> WritePagesAsync(
        IAsyncEnumerable<RenderedPage> pages, IReadOnlyDictionary<string, PageState> states, SiteWriter writer, CancellationToken cancellationToken)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var files = new List<OutputFile>();
        var changedStates = new Dictionary<string, PageState>(StringComparer.Ordinal);
        await foreach (var page in pages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            keys.Add(page.PageKey);
            files.AddRange(page.Files);
            if (page.State is { } pageState && states.GetValueOrDefault(page.PageKey) != pageState)
            {
                changedStates[page.PageKey] = pageState;
            }

            reporter.ItemFinished(Name, failed: false);
            if (files.Count >= options.WriteBatchSize)
            {
                await writer.WriteBatchAsync(files, changedStates, cancellationToken);
                files.Clear();
                changedStates.Clear();
            }
        }

        await writer.WriteBatchAsync(files, changedStates, cancellationToken);
        return keys;
    }
}
