using System.Text;

namespace CollectionSite.Artwork.Imaging;

/// <summary>
/// Recognises an image format from its first bytes (magic numbers), never from the file name or a Content-Type:
/// JPEG FF D8 FF, PNG 89 "PNG" 0D 0A 1A 0A, GIF "GIF87a"/"GIF89a", WebP "RIFF" size "WEBP", TIFF "II*\0"/"MM\0*".
/// Anything else is rejected with a reason that says what the body looks like (HTML challenge pages, JSON errors).
/// </summary>
internal static class ImageSignature
{
    /// <summary>Bytes read from the start of a file; enough for every signature and for spotting HTML.</summary>
    public const int SniffLength = 512;

    /// <summary>The format name ("jpeg", "png", "gif", "webp", "tiff") of the file at <paramref name="path"/>.</summary>
    /// <exception cref="ImageRejectedException">Empty, too short, or not one of the formats above.</exception>
    public static string Detect(string path)
    {
        var head = new byte[SniffLength];
        int read;
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1))
        {
            read = stream.ReadAtLeast(head, SniffLength, throwOnEndOfStream: false);
        }

        return Detect(head.AsSpan(0, read));
    }

    /// <inheritdoc cref="Detect(string)"/>
    public static string Detect(ReadOnlySpan<byte> head)
    {
        if (head.IsEmpty)
        {
            throw new ImageRejectedException("empty file (0 bytes)");
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return "jpeg";
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return "png";
        }

        if (head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8))
        {
            return "gif";
        }

        if (head.Length >= 12 && head.StartsWith("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8))
        {
            return "webp";
        }

        if (head.StartsWith("II*\0"u8) || head.StartsWith("MM\0*"u8))
        {
            return "tiff";
        }

        throw new ImageRejectedException(Describe(head));
    }

    private static string Describe(ReadOnlySpan<byte> head)
    {
        var text = Encoding.UTF8.GetString(head).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (text.StartsWith('<'))
        {
            var markup = text.ToUpperInvariant();
            return markup.Contains("<!DOCTYPE HTML", StringComparison.Ordinal) || markup.Contains("<HTML", StringComparison.Ordinal)
                ? "not an image (looks like HTML)"
                : markup.Contains("<SVG", StringComparison.Ordinal)
                    ? "not an accepted image (SVG is not decoded)"
                    : "not an image (looks like XML or HTML)";
        }

        if (text.StartsWith('{') || text.StartsWith('['))
        {
            return "not an image (looks like JSON)";
        }

        var shown = Convert.ToHexString(head[..Math.Min(8, head.Length)]);
        return $"not an image (unknown signature {shown})";
    }
}
