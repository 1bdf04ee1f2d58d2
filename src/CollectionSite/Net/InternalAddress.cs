using System.Net;
using System.Net.Sockets;

namespace CollectionSite.Net;

/// <summary>
/// Which IP addresses are not on the public internet, so a URL someone gives is never fetched from them (SSRF): the
/// one classification behind the admin's save-time check and the download client's connect-time guard. Its own
/// namespace, below Clients and Admin, so both can use it (the admin UI may not reach clients).
/// </summary>
public static class InternalAddress
{
    /// <summary>
    /// True for IPv4 0/8 (this network), 10/8, 100.64/10 (CGNAT), 127/8, 169.254/16, 172.16/12, 192.0.0/24,
    /// 192.0.2/24, 192.88.99/24 (6to4 relays), 192.168/16, 198.18/15, 198.51.100/24, 203.0.113/24, 224/4 (multicast),
    /// 240/4 (reserved, with 255.255.255.255 broadcast); for IPv6 outside global unicast 2000::/3 (::, ::1, fc00::/7,
    /// fe80::/10, ff00::/8, …) and 2001::/23 (Teredo, benchmarking, ORCHID), 2001:db8::/32 and 3fff::/20
    /// (documentation). Forms that carry an IPv4 address are judged by it: IPv4-mapped ::ffff:a.b.c.d, IPv4-compatible
    /// ::a.b.c.d, NAT64 64:ff9b::a.b.c.d (64:ff9b:1::/48, local-use, is internal) and 6to4 2002:aabb:ccdd::.
    /// </summary>
    public static bool IsInternal(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return address.AddressFamily switch
        {
            AddressFamily.InterNetwork => IsInternalV4(address.GetAddressBytes()),
            AddressFamily.InterNetworkV6 => IsInternalV6(address.GetAddressBytes()),
            _ => true,
        };
    }

    private static bool IsInternalV4(ReadOnlySpan<byte> b) =>
        b[0] is 0 or 10 or 127 or >= 224
        || (b[0] == 100 && b[1] is >= 64 and <= 127)
        || (b[0] == 169 && b[1] == 254)
        || (b[0] == 172 && b[1] is >= 16 and <= 31)
        || (b[0] == 192 && b[1] == 0 && b[2] is 0 or 2)
        || (b[0] == 192 && b[1] == 88 && b[2] == 99)
        || (b[0] == 192 && b[1] == 168)
        || (b[0] == 198 && b[1] is 18 or 19)
        || (b[0] == 198 && b[1] == 51 && b[2] == 100)
        || (b[0] == 203 && b[1] == 0 && b[2] == 113);

    private static bool IsInternalV6(ReadOnlySpan<byte> b)
    {
        // ::/96 (IPv4-compatible, with :: and ::1) and ::ffff:0:0/96 (IPv4-mapped): the stack may reach the IPv4 address.
        if (b[..10].IndexOfAnyExcept((byte)0) < 0 && ((b[10] == 0 && b[11] == 0) || (b[10] == 0xFF && b[11] == 0xFF)))
        {
            return IsInternalV4(b[12..]); // :: and ::1 land in 0/8
        }

        // NAT64 well-known prefix 64:ff9b::/96: a translator forwards to the embedded IPv4 address.
        if (b[0] == 0 && b[1] == 0x64 && b[2] == 0xFF && b[3] == 0x9B && b[4..12].IndexOfAnyExcept((byte)0) < 0)
        {
            return IsInternalV4(b[12..]);
        }

        // 6to4 2002:V4ADDR::/48: the relay delivers to the embedded IPv4 address.
        if (b[0] == 0x20 && b[1] == 0x02)
        {
            return IsInternalV4(b[2..6]);
        }

        return (b[0] & 0xE0) != 0x20
            || (b[0] == 0x20 && b[1] == 0x01 && b[2] <= 0x01)
            || (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0D && b[3] == 0xB8)
            || (b[0] == 0x3F && b[1] == 0xFF && b[2] <= 0x0F);
    }
}
