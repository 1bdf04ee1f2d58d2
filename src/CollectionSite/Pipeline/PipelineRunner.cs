using CollectionSite.Clients.Http;
using CollectionSite.Storage;
using Microsoft.Extensions.Logging;

namespace CollectionSite.Pipeline;

/// <summary>
/// Runs an ordered list of stages, records the run, and turns the way it ended into an outcome and exit code.
/// Each stage commits its own work as it goes, so stopping anywhere loses nothing.
/// </summary>
public sealed class PipelineRunner(
    RunRepository runs,
    MetaRepository meta,
    StageProgressRepository progress,
    GoneReleaseRepository gone,
    TimeProvider time,
    ILogger<PipelineRunner> logger)
{
    public async Task<RunSummary> RunAsync(string command, IReadOnlyList<IPipelineStage> stages, RunOptions options, CancellationToken cancellationToken)
    {
        // Bookkeeping is short and local, so it is not cancellable: even a run interrupted at once is recorded.
        var started = time.GetUtcNow();
        if (options.Refresh)
        {
            // Persisted so that a refresh interrupted half-way is finished by the next plain run.
            await meta.SetTimeAsync(MetaRepository.DiscogsRefreshAfter, started, CancellationToken.None);
        }

        var staleBefore = await meta.GetTimeAsync(MetaRepository.DiscogsRefreshAfter, CancellationToken.None);
        var runId = await runs.StartAsync(command, started, CancellationToken.None);
        var context = new RunContext(runId, command, options, started, staleBefore);
        var results = new List<StageResult>();
        RunOutcome outcome;
        string? message = null;

        try
        {
            foreach (var stage in stages)
            {
                logger.LogInformation("Stage {Stage} starting", stage.Name);
                results.Add(await stage.RunAsync(context, cancellationToken));
            }

            outcome = results.Any(r => r.Failed > 0) ? RunOutcome.CompletedWithFailures : RunOutcome.Completed;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            outcome = RunOutcome.Interrupted;
            message = "Interrupted. Finished work is saved; run the same command again to resume where it stopped.";
        }
        catch (Exception ex) when (ex is PipelineAbortedException or FatalRemoteException)
        {
            outcome = RunOutcome.Aborted;
            message = ex.Message;
            logger.LogError(ex, "Run aborted: {Reason}", ex.Message);
        }

        var counts = results.SelectMany(r => new[]
        {
            KeyValuePair.Create($"{r.Stage}.processed", r.Processed),
            KeyValuePair.Create($"{r.Stage}.skipped", r.Skipped),
            KeyValuePair.Create($"{r.Stage}.failed", r.Failed),
        }).ToDictionary();
        await runs.FinishAsync(runId, ToDbOutcome(outcome), counts, time.GetUtcNow());
        var failures = await progress.GetFailuresAsync(CancellationToken.None);
        return new RunSummary(outcome, results, failures, message, ToExitCode(outcome, failures.Count, options.Strict))
        {
            GoneFromDiscogs = await gone.GetAsync(Stages.FetchReleaseDetails.Key, CancellationToken.None),
        };
    }

    private static ExitCode ToExitCode(RunOutcome outcome, int openFailures, bool strict) => outcome switch
    {
        RunOutcome.Interrupted => ExitCode.Interrupted,
        RunOutcome.Aborted => ExitCode.Aborted,
        _ when strict && openFailures > 0 => ExitCode.ItemFailures,
        _ => ExitCode.Success,
    };

    private static string ToDbOutcome(RunOutcome outcome) => outcome switch
    {
        RunOutcome.Completed => "completed",
        RunOutcome.CompletedWithFailures => "completed_with_failures",
        RunOutcome.Aborted => "aborted",
        _ => "interrupted",
    };
}
