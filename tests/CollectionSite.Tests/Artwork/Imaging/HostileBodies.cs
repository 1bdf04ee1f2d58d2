using System.Buffers.Binary;
using System.Text;

namespace CollectionSite.Tests.Artwork.Imaging;

/// <summary>Bodies a download can bring instead of a cover: challenge pages, garbage, cut-off files, decompression bombs.</summary>
internal static class HostileBodies
{
    public static byte[] HtmlChallengePage() => Encoding.UTF8.GetBytes(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><title>Just a moment...</title></head><body>Checking your browser</body></html>\n");

    public static byte[] Garbage(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        bytes[0] = 0x42; // Never a valid signature by chance.
        return bytes;
    }

    /// <summary>The first half of a real file, as a download stopped mid-way leaves it.</summary>
    public static byte[] FirstHalf(string path)
    {
        var bytes = File.ReadAllBytes(path);
        return bytes[..(bytes.Length / 2)];
    }

    /// <summary>
    /// A well-formed PNG of a few dozen bytes whose header declares <paramref name="width"/>×<paramref name="height"/>
    /// RGB pixels (with one empty compressed row of data): decoding it would allocate width×height×3 bytes.
    /// </summary>
    public static byte[] PngBomb(int width, int height)
    {
        var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth
        header[9] = 2; // colour type: RGB
        WriteChunk(png, "IHDR", header);
        WriteChunk(png, "IDAT", [0x78, 0x9C, 0x63, 0x00, 0x00, 0x00, 0x01, 0x00, 0x01]); // zlib of one 0 byte
        WriteChunk(png, "IEND", []);
        return png.ToArray();
    }

    /// <summary>A real small JPEG whose frame header (SOF0) is rewritten to declare <paramref name="width"/>×<paramref name="height"/>.</summary>
    public static byte[] JpegBomb(string smallBaselineJpeg, ushort width, ushort height)
    {
        var bytes = File.ReadAllBytes(smallBaselineJpeg);
        for (var i = 2; i + 9 < bytes.Length; i++)
        {
            if (bytes[i] == 0xFF && bytes[i + 1] == 0xC0)
            {
                // FF C0, length (2), precision (1), height (2), width (2).
                BinaryPrimitives.WriteUInt16BigEndian(bytes.AsSpan(i + 5), height);
                BinaryPrimitives.WriteUInt16BigEndian(bytes.AsSpan(i + 7), width);
                return bytes;
            }
        }

        throw new InvalidOperationException($"{smallBaselineJpeg} has no baseline frame header.");
    }

    private static void WriteChunk(Stream png, string type, byte[] data)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        png.Write(length);
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write(typed);
        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typed));
        png.Write(crc);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
