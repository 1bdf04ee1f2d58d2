using CollectionSite.Clients.Http;
using CollectionSite.Configuration;
using CollectionSite.Pipeline;
using CollectionSite.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CollectionSite.Hosting;

/// <summary>A pipeline to run: its name (recorded in runs), its ordered steps and the run's switches.</summary>
public sealed record PipelineRequest(string Command, IReadOnlyList<PipelineStep> Stages, RunOptions Options);

/// <summary>
/// Runs a pipeline command: takes the state folder's run lock, routes progress to the caller's reporter, runs the
/// stages, checkpoints the database, and counts the HTTP requests the run sent per API. The CLI, tests and benchmark all run pipelines through here, so the
/// lock and the bookkeeping hold for every caller. The summary also names the owned releases gone from Discogs.
/// </summary>
public sealed class PipelineHost(
    IServiceProvider services,
    PipelineRunner runner,
    RunReporterRelay relay,
    StateDatabase database,
    GoneReleaseRepository gone,
    AppSettings settings,
    HttpRequestCounter requests)
{
    /// <exception cref="StateLockedException">Another run (in this or another process) holds the state folder.</exception>
    public async Task<RunSummary> RunAsync(PipelineRequest request, IRunReporter reporter, CancellationToken cancellationToken)
    {
        using var stateLock = StateLock.TryAcquire(settings.Paths.State)
            ?? throw new StateLockedException(
                $"Another CollectionSite run is using the state folder '{settings.Paths.State}'. Wait for it to finish or use another --state.");
        using (relay.Use(reporter))
        {
            var steps = request.Stages.Select(Resolve).ToList();
            // The counter lives as long as the container, which may serve several runs: this run's share is the difference.
            var sentBefore = requests.Snapshot();
            var summary = await runner.RunAsync(request.Command, steps, request.Options, cancellationToken);
            // Folds the WAL into the database file so a state folder cached by CI is one self-contained file.
            await database.CheckpointAsync(CancellationToken.None);
            var sent = requests.Since(sentBefore).OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => new ApiRequests(pair.Key, pair.Value));
            return summary with { GoneFromDiscogs = await gone.GetAsync(CancellationToken.None), Requests = [.. sent] };
        }
    }

    private StageLanes Resolve(PipelineStep step) =>
        new([.. step.Lanes.Select(lane => (IReadOnlyList<IPipelineStage>)[.. lane.Select(type => (IPipelineStage)services.GetRequiredService(type))])]);
}

/// <summary>The state folder is in use by another run; the message says what to do.</summary>
public sealed class StateLockedException : Exception
{
    public StateLockedException()
    {
    }

    public StateLockedException(string message)
        : base(message)
    {
    }

    public StateLockedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
