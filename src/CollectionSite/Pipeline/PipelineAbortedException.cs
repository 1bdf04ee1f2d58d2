namespace CollectionSite.Pipeline;

/// <summary>
/// Ends the run with exit code 1. The message is written for the person running the tool: what happened,
/// that nothing was lost, and what to do next.
/// </summary>
public sealed class PipelineAbortedException : Exception
{
    public PipelineAbortedException()
    {
    }

    public PipelineAbortedException(string message)
        : base(message)
    {
    }

    public PipelineAbortedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
