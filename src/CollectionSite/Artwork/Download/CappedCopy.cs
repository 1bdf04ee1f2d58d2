using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;

namespace CollectionSite.Artwork.Download;

/// <summary>Streams a body into a new file, hashing it (SHA-256) and counting it as it goes, and stops at a byte cap.</summary>
internal static class CappedCopy
{
    private const int BufferSize = 81920;

    /// <summary>Copies <paramref name="source"/> into a new file at <paramref name="path"/>; the caller deletes it on failure.</summary>
    /// <param name="what">How the body is named in the message, e.g. "i.discogs.com/abc.jpeg".</param>
    /// <returns>The lower-case hex SHA-256 of the bytes and their count.</returns>
    /// <exception cref="ImageDownloadException">More than <paramref name="maxBytes"/> bytes arrived; nothing past the cap is read.</exception>
    public static async Task<(string Sha256, long Bytes)> ToFileAsync(Stream source, string path, long maxBytes, string what, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            await using var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, useAsync: true);
            long total = 0;
            int read;
            while ((read = await source.ReadAsync(buffer.AsMemory(0, BufferSize), cancellationToken)) > 0)
            {
                total += read;
                if (total > maxBytes)
                {
                    throw new ImageDownloadException(string.Create(
                        CultureInfo.InvariantCulture, $"{what} is larger than Artwork:MaxDownloadBytes ({maxBytes} bytes); the download was stopped there"));
                }

                hash.AppendData(buffer, 0, read);
                await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }

            return (Convert.ToHexStringLower(hash.GetHashAndReset()), total);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
