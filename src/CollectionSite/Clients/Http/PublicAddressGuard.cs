using System.Net;
using System.Net.Sockets;
using CollectionSite.Net;

namespace CollectionSite.Clients.Http;

/// <summary>Host name → its addresses (<see cref="Dns.GetHostAddressesAsync(string, CancellationToken)"/> outside tests).</summary>
/// <exception cref="SocketException">The name does not resolve.</exception>
public delegate Task<IPAddress[]> HostResolver(string host, CancellationToken cancellationToken);

/// <summary>Opens a TCP stream to one of <paramref name="addresses"/> (already vetted) on <paramref name="port"/>.</summary>
public delegate ValueTask<Stream> AddressDialer(IPAddress[] addresses, int port, CancellationToken cancellationToken);

/// <summary>
/// The connect-time SSRF guard of a download client that fetches URLs someone gave (the collector's cover overrides):
/// as <see cref="SocketsHttpHandler.ConnectCallback"/> it resolves the host of every new connection, refuses when ANY
/// address is internal (<see cref="InternalAddress.IsInternal"/>), and connects only to the addresses it vetted. So
/// redirects (each hop connects anew), DNS rebinding (no second lookup) and literal or mapped addresses are covered.
/// </summary>
/// <param name="resolve">Name resolution; tests map a name to 127.0.0.1 here.</param>
/// <param name="allowInternalAddresses">Connect to internal addresses too: only for fakes on loopback (tests), never in production.</param>
/// <param name="dial">How a vetted address is reached (<see cref="DialAsync"/>; tests route a stand-in public address to a fake).</param>
public sealed class PublicAddressGuard(HostResolver resolve, bool allowInternalAddresses = false, AddressDialer? dial = null)
{
    /// <summary>The production guard: system DNS, internal addresses refused.</summary>
    public static PublicAddressGuard Default { get; } = new(Dns.GetHostAddressesAsync);

    public bool AllowInternalAddresses => allowInternalAddresses;

    /// <summary>The addresses of <paramref name="host"/> (a name or an IP literal, brackets allowed) that may be connected to.</summary>
    /// <exception cref="InternalAddressException">One of them is internal, or the name has none.</exception>
    /// <exception cref="SocketException">The name does not resolve.</exception>
    public async Task<IPAddress[]> VetAsync(string host, CancellationToken cancellationToken)
    {
        var addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal) ? [literal] : await resolve(host, cancellationToken);
        if (addresses.Length == 0)
        {
            throw new SocketException((int)SocketError.HostNotFound);
        }

        if (!allowInternalAddresses && addresses.FirstOrDefault(InternalAddress.IsInternal) is { } found)
        {
            throw new InternalAddressException(host, found);
        }

        return addresses;
    }

    /// <summary>The <see cref="SocketsHttpHandler.ConnectCallback"/>: a TCP stream to one of the vetted addresses of the request's host.</summary>
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var addresses = await VetAsync(context.DnsEndPoint.Host, cancellationToken);
        return await (dial ?? DialAsync)(addresses, context.DnsEndPoint.Port, cancellationToken);
    }

    /// <summary>The plain TCP connection (dual-mode socket, Nagle off), tried address by address.</summary>
    public static async ValueTask<Stream> DialAsync(IPAddress[] addresses, int port, CancellationToken cancellationToken)
    {
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}

/// <summary>A connection refused by <see cref="PublicAddressGuard"/>; the message is the one line recorded for the item.</summary>
public sealed class InternalAddressException : Exception
{
    public InternalAddressException()
    {
    }

    public InternalAddressException(string message)
        : base(message)
    {
    }

    public InternalAddressException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>"refused: <paramref name="host"/> resolves to an internal address (<paramref name="address"/>)".</summary>
    public InternalAddressException(string host, IPAddress address)
        : base($"refused: {host} resolves to an internal address ({address})")
    {
        Host = host;
    }

    /// <summary>The refused host name or literal, as the URL gave it.</summary>
    public string? Host { get; }
}
