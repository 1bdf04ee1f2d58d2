using Reply = System.Func<System.Net.Http.HttpRequestMessage, System.Threading.CancellationToken, System.Threading.Tasks.Task<System.Net.Http.HttpResponseMessage>>;
using System.Buffers.Binary;
using System.Net;
using System.Text;

namespace CollectionSite.Tests.Reliability;

/// <summary>Hostile image answers: what a misbehaving image host or CDN serves in place of a picture.</summary>
internal static class FaultStormImages
{
    /// <summary>An HTML page (a CDN's challenge) served as image/jpeg under a .jpg name.</summary>
    public static Reply HtmlNamedJpeg() => Fixed(_ => FaultStormHosts.Image(
        Encoding.UTF8.GetBytes("<!DOCTYPE html><html><head><title>Just a moment...</title></head><body>Checking your browser</body></html>"), "image/jpeg"));

    /// <summary>The first half of a real JPEG, its length declared honestly: the header reads, the pixels do not.</summary>
    public static Reply TruncatedJpeg() => Fixed(_ => FaultStormHosts.Image(FaultStormHosts.Jpeg[..(FaultStormHosts.Jpeg.Length / 2)], "image/jpeg"));

    /// <summary>A tiny PNG whose header declares 60000×60000 pixels (a decompression bomb).</summary>
    public static Reply Bomb() => Fixed(_ => FaultStormHosts.Image(BombPng(60_000, 60_000), "image/png"));

    /// <summary>A real JPEG declaring 50 GB.</summary>
    public static Reply EnormousLength() => Fixed(_ => FaultStormReplies.Streamed(HttpStatusCode.OK, new MemoryStream(FaultStormHosts.Jpeg), 50_000_000_000, "image/jpeg"));

    /// <summary>302 back to the URL asked for, for ever.</summary>
    public static Reply RedirectLoop() => Fixed(request =>
    {
        var response = new HttpResponseMessage(HttpStatusCode.Found);
        response.Headers.TryAddWithoutValidation("Location", request.RequestUri!.ToString());
        return response;
    });

    /// <summary>A real JPEG labelled text/html: the bytes decide, not the label.</summary>
    public static Reply WrongContentType() => Fixed(_ => FaultStormHosts.Image(FaultStormHosts.Jpeg, "text/html"));

    private static Reply Fixed(Func<HttpRequestMessage, HttpResponseMessage> answer) => (request, _) => Task.FromResult(answer(request));

    private static byte[] BombPng(int width, int height)
    {
        var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        (header[8], header[9]) = (8, 2);
        Chunk(png, "IHDR", header);
        Chunk(png, "IDAT", [0x78, 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01]);
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(MemoryStream png, string type, byte[] data)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        png.Write(number);
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write(typed);
        BinaryPrimitives.WriteUInt32BigEndian(number, Crc32(typed));
        png.Write(number);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
