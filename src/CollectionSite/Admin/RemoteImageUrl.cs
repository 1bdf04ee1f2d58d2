using System.Net;
using System.Net.Sockets;
using CollectionSite.Net;

namespace CollectionSite.Admin;

/// <summary>
/// Checks a cover URL a collector links before it is stored: http or https only, and a host that resolves only to
/// public addresses, so the artwork stage is never sent to loopback, private, link-local or other internal networks (SSRF).
/// A save-time check for people; the download client checks again when it connects (redirects and DNS changes).
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

    /// <summary>Not on the public internet: <see cref="InternalAddress.IsInternal"/> (the same ranges the download
    /// client refuses when it connects, so a URL saved here is also fetched only from public addresses).</summary>
    public static bool IsInternal(IPAddress address) => InternalAddress.IsInternal(address);
}
