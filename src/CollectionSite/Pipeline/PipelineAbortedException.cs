namespace CollectionSite.Pipeline;

/// <summary>
/// Ends the run with exit code 1. The message is written for the person running the tool: what happened,
/// that nothing was lost, and what to do next.
/// </summary>
public sealed class PipelineAbortedException : Exception
{
    /// <summary>
    /// "{cause} {next}" as two sentences: <paramref name="cause"/> is often another exception's message, which may
    /// lack its full stop, and a message for people must not run two sentences together.
    /// </summary>
    public static PipelineAbortedException Because(string cause, string next, Exception innerException) =>
        new($"{AsSentence(cause)} {next}", innerException);

    /// <summary>Trims <paramref name="text"/> and ends it with a full stop unless it already ends a sentence.</summary>
    public static string AsSentence(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length == 0 || trimmed[^1] is '.' or '!' or '?' ? trimmed : trimmed + ".";
    }

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
