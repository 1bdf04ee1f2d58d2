using System.Net;

namespace CollectionSite.Admin;

/// <summary>The admin's port is taken on its address; the message is the one line the command prints.</summary>
public sealed class AdminPortInUseException : Exception
{
    public AdminPortInUseException()
    {
    }

    public AdminPortInUseException(string message)
        : base(message)
    {
    }

    public AdminPortInUseException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public AdminPortInUseException(IPAddress address, int port, Exception innerException)
        : base($"port {port} is in use on {address}: pass --port", innerException)
    {
    }
}
