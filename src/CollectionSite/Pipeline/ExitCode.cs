namespace CollectionSite.Pipeline;

/// <summary>Process exit codes, documented in the README.</summary>
public enum ExitCode
{
    /// <summary>Done. Item failures, if any, were recorded and summarised.</summary>
    Success = 0,

    /// <summary>The run was aborted (bad credentials, circuit breaker open, incomplete listing, unexpected error).</summary>
    Aborted = 1,

    /// <summary>Usage or configuration error.</summary>
    ConfigurationError = 2,

    /// <summary>--strict was given and item failures were recorded.</summary>
    ItemFailures = 3,

    /// <summary>Interrupted by Ctrl+C or SIGTERM; finished work is committed and the next run resumes.</summary>
    Interrupted = 130,
}
