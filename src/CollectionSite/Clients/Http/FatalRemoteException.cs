namespace CollectionSite.Clients.Http;

/// <summary>
/// A remote failure that makes going on with this source pointless (bad credentials, a tripped circuit breaker).
/// Per-item loops rethrow it; the runner decides whether it ends the run or only the source's stage, and prints
/// <see cref="Exception.Message"/>, which is written for the person running the tool and names the fix.
/// </summary>
public class FatalRemoteException : Exception
{
    public FatalRemoteException()
    {
    }

    public FatalRemoteException(string message)
        : base(message)
    {
    }

    public FatalRemoteException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <param name="sourceName">The API as named in messages and settings sections ("Discogs", "Spotify").</param>
    public FatalRemoteException(string sourceName, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        SourceName = sourceName;
    }

    /// <summary>The API that failed ("Discogs"); null when the thrower did not say.</summary>
    public string? SourceName { get; }
}
