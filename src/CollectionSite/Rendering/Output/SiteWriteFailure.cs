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
    /// <param name="committed">Whether the new files had already been moved into place (the error came while pruning or saving the manifest).</param>
    public static PipelineAbortedException Abort(Exception exception, string root, bool committed)
    {
        var state = committed
            ? "The new pages are in place; the next run removes the old files it could not."
            : "The previous site is unchanged (nothing was written into it).";
        return new PipelineAbortedException(
            $"Could not write the site into '{root}': {PipelineAbortedException.AsSentence(DiskErrors.Reason(exception))} "
            + $"{DiskErrors.Fix(exception, OutputOption)}, then run build again. {state}",
            exception);
    }
}
