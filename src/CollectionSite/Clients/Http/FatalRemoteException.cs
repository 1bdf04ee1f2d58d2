namespace CollectionSite.Clients.Http;

/// <summary>
/// A remote failure that makes going on pointless (bad credentials, a tripped circuit breaker).
/// Per-item loops rethrow it; the runner turns it into exit code 1 and prints <see cref="Exception.Message"/>,
/// which is written for the person running the tool.
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
}
