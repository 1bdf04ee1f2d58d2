namespace CollectionSite.Pipeline;

/// <summary>How a <see cref="RunOutcome"/> is recorded in runs, and which exit code it gives.</summary>
internal static class RunOutcomes
{
    /// <param name="incomplete">Failed or dead-lettered items are recorded, an optional stage stopped early, or output files were not overwritten.</param>
    public static ExitCode ToExitCode(RunOutcome outcome, bool incomplete, bool strict) => outcome switch
    {
        RunOutcome.Interrupted => ExitCode.Interrupted,
        RunOutcome.Aborted or RunOutcome.Crashed => ExitCode.Aborted,
        _ when strict && incomplete => ExitCode.ItemFailures,
        _ => ExitCode.Success,
    };

    public static string ToDb(RunOutcome outcome) => outcome switch
    {
        RunOutcome.Completed => "completed",
        RunOutcome.CompletedWithFailures => "completed_with_failures",
        RunOutcome.Aborted => "aborted",
        RunOutcome.Crashed => "crashed",
        _ => "interrupted",
    };

    /// <summary>One line for an unexpected exception: its message (first line only), that nothing is lost, where the details are.</summary>
    public static string CrashMessage(Exception ex)
    {
        var first = ex.Message.Split('\n', 2)[0];
        return $"{PipelineAbortedException.AsSentence($"Unexpected error ({ex.GetType().Name}): {first}")} Finished work is saved; the details are in the log file. Run again to resume.";
    }

    public static Dictionary<string, int> Counts(IEnumerable<StageResult> results) => results.SelectMany(r => new[]
    {
        KeyValuePair.Create($"{r.Stage}.processed", r.Processed),
        KeyValuePair.Create($"{r.Stage}.skipped", r.Skipped),
        KeyValuePair.Create($"{r.Stage}.failed", r.Failed),
    }).ToDictionary();
}
