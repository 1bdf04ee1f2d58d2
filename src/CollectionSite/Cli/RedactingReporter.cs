using CollectionSite.Configuration;
using CollectionSite.Pipeline;

namespace CollectionSite.Cli;

/// <summary>
/// Masks secrets in everything a run reports for people: stage notes and stop reasons (often a remote error's
/// text) on their way to the console reporter, and every text field of the end-of-run summary.
/// </summary>
public sealed class RedactingReporter(IRunReporter inner, SecretRedactor redactor) : IRunReporter
{
    public void StageStarting(string stage, DataSource? source) => inner.StageStarting(stage, source);

    public void StageStarted(string stage, int totalItems) => inner.StageStarted(stage, totalItems);

    public void ItemsQueued(string stage, int moreItems) => inner.ItemsQueued(stage, moreItems);

    public void ItemFinished(string stage, bool failed) => inner.ItemFinished(stage, failed);

    public void StageFinished(StageResult result) => inner.StageFinished(Redact(result, redactor));

    public void Info(string message) => inner.Info(redactor.Redact(message));

    /// <summary>The summary with its message, failures, dead letters, stage notes and stop reasons masked.</summary>
    public static RunSummary Redact(RunSummary summary, SecretRedactor redactor) => summary with
    {
        Message = summary.Message is null ? null : redactor.Redact(summary.Message),
        Stages = [.. summary.Stages.Select(stage => Redact(stage, redactor))],
        OpenFailures = [.. summary.OpenFailures.Select(f => f with { LastError = f.LastError is null ? null : redactor.Redact(f.LastError) })],
        DeadLetters = [.. summary.DeadLetters.Select(f => f with { LastError = f.LastError is null ? null : redactor.Redact(f.LastError) })],
    };

    private static StageResult Redact(StageResult result, SecretRedactor redactor) => result with
    {
        Note = result.Note is null ? null : redactor.Redact(result.Note),
        Stopped = result.Stopped is { } stop ? stop with { Reason = redactor.Redact(stop.Reason) } : null,
    };
}
