namespace CollectionSite.Clients.Http;

/// <summary>The circuit breaker opened: the service failed repeatedly, so its work stops instead of hammering it.</summary>
public sealed class CircuitOpenException : FatalRemoteException
{
    public CircuitOpenException()
    {
    }

    public CircuitOpenException(string message)
        : base(message)
    {
    }

    public CircuitOpenException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public CircuitOpenException(string sourceName, string message)
        : base(sourceName, message)
    {
    }
}
