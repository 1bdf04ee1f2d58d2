using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using NetVips;

namespace CollectionSite.Tests.Fakes.AllSources;

/// <summary>The fake image hosts' pictures: a real JPEG per URL (a gradient tinted by the URL's hash), the same bytes every time.</summary>
internal static class AllSourcesImages
{
    private const int Edge = 320;
    private static readonly ConcurrentDictionary<string, byte[]> Made = new(StringComparer.Ordinal);

    /// <summary>Eight hex digits of the SHA-256 of <paramref name="text"/>: the key that makes a body's image URLs its own.</summary>
    public static string KeyOf(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..8];

    /// <summary>The JPEG served at <paramref name="target"/> (host and path).</summary>
    public static byte[] Jpeg(string target) => Made.GetOrAdd(target, Make);

    private static byte[] Make(string target)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(target));
        using var xy = Image.Xyz(Edge, Edge);
        using var red = (xy[0] * (200.0 / Edge)) + hash[0] % 56;
        using var green = (xy[1] * (200.0 / Edge)) + hash[1] % 56;
        using var blue = red * 0 + hash[2];
        using var joined = red.Bandjoin(green, blue);
        using var eightBit = joined.Cast(Enums.BandFormat.Uchar);
        using var srgb = eightBit.Copy(interpretation: Enums.Interpretation.Srgb);
        return srgb.JpegsaveBuffer(q: 85);
    }
}
