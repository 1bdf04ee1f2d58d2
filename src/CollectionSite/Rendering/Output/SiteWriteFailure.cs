using CollectionSite.Disk;
using CollectionSite.Pipeline;

namespace CollectionSite.Rendering.Output;

/// <summary>
/// The one line a render that could not write the site ends with (exit code 1): the folder, the reason, the fix, and
/// what state the site is in. The stack trace goes to the log only.
/// </summary>
public static class SiteWriteFailure
{
    public const string OutputOption = "--output (Paths:Output)";

    /// <summary>True for the failures this explains: any I/O or permission error on the site folder.</summary>
    public static bool Covers(Exception exception) => exception is IOException or UnauthorizedAccessException;

    /// <param name="exception">The I/O or permission error.</param>
    /// <param name="root">The site folder (full path).</param>
    /// <param name="progress">How far the commit got: nothing moved, some of the staged files, or all of them (the error
    /// came while pruning or saving the manifest).</param>
    public static PipelineAbortedException Abort(Exception exception, string root, CommitProgress progress)
    {
        var state = progress switch
        {
            { Finished: true } => "The new pages are in place; the next run finishes the clean-up.",
            { Moved: > 0 } => $"{progress.Moved} of the {progress.Total} new or changed files are in place, each whole; the others are as they were until the next run.",
            _ => "The previous site is unchanged (nothing was written into it).",
        };
        return new PipelineAbortedException(
            $"Could not write the site into '{root}': {PipelineAbortedException.AsSentence(DiskErrors.Reason(exception))} "
            + $"{DiskErrors.Fix(exception, OutputOption)}, then run build again. {state}",
            exception);
    }
}

/// <summary>How far a <see cref="SiteWriter.CommitAsync"/> got.</summary>
/// <param name="Moved">Staged files moved into the site.</param>
/// <param name="Total">Files staged for the commit (0 before it starts).</param>
/// <param name="Finished">Every staged file was moved.</param>
public sealed record CommitProgress(int Moved, int Total, bool Finished);
