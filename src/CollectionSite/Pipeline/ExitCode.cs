namespace CollectionSite.Pipeline;

/// <summary>Process exit codes, documented in the README.</summary>
public enum ExitCode
{
    /// <summary>Done. Item failures and stopped optional stages, if any, were recorded and summarised.</summary>
    Success = 0,

    /// <summary>The run was aborted (bad credentials, circuit breaker open, incomplete listing) or crashed (unexpected error).</summary>
    Aborted = 1,

    /// <summary>Usage or configuration error.</summary>
    ConfigurationError = 2,

    /// <summary>--strict was given and failures or dead letters are recorded, an optional stage stopped early, or output
    /// files were not overwritten because they are not CollectionSite's.</summary>
    ItemFailures = 3,

    /// <summary>Interrupted by Ctrl+C or SIGTERM; finished work is committed and the next run resumes.</summary>
    Interrupted = 130,
}
