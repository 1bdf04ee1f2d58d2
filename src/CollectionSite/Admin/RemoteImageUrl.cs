using System.Net;
using System.Net.Sockets;

namespace CollectionSite.Admin;

/// <summary>
/// Checks a cover URL a collector links before it is stored: http or https only, and a host that resolves only to
/// public addresses, so the artwork stage is never sent to loopback, private, link-local or other internal networks (SSRF).
/// </summary>
public static class RemoteImageUrl
{
    /// <summary>The problem with <paramref name="url"/> for people, or null when it may be stored.</summary>
    /// <param name="resolve">Host name → addresses (Dns.GetHostAddressesAsync outside tests).</param>
    public static async Task<string?> ProblemAsync(string url, Func<string, CancellationToken, Task<IPAddress[]>> resolve, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return $"'{url}' is not an http(s) URL.";
        }

        IPAddress[] addresses;
        if (IPAddress.TryParse(uri.IdnHost.Trim('[', ']'), out var literal))
        {
            addresses = [literal];
        }
        else
        {
            try
            {
                addresses = await resolve(uri.IdnHost, cancellationToken);
            }
            catch (SocketException)
            {
                return $"The host '{uri.Host}' could not be found.";
            }
        }

        return addresses.Length == 0 ? $"The host '{uri.Host}' could not be found."
            : addresses.FirstOrDefault(IsInternal) is { } internalAddress ? $"'{uri.Host}' is an internal address ({internalAddress}); link an image on the public internet."
            : null;
    }

    /// <summary>Loopback, unspecified, private (10/8, 172.16/12, 192.168/16, fc00::/7), link-local, shared (100.64/10),
    /// benchmarking, multicast and reserved ranges; IPv4-mapped IPv6 addresses are judged as IPv4.</summary>
    public static bool IsInternal(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any) || address.Equals(IPAddress.IPv6None))
        {
            return true;
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var first = address.GetAddressBytes()[0];
            return address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast || (first & 0xFE) == 0xFC;
        }

        var b = address.GetAddressBytes();
        return b[0] is 0 or 10 or 127 || b[0] >= 224
            || (b[0] == 100 && b[1] is >= 64 and <= 127)
            || (b[0] == 169 && b[1] == 254)
            || (b[0] == 172 && b[1] is >= 16 and <= 31)
            || (b[0] == 192 && b[1] == 168)
            || (b[0] == 192 && b[1] == 0 && b[2] is 0 or 2)
            || (b[0] == 198 && b[1] is 18 or 19);
    }
}
