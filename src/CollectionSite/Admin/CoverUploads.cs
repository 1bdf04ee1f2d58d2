using System.Security.Cryptography;
using CollectionSite.Artwork;
using CollectionSite.Artwork.Imaging;

namespace CollectionSite.Admin;

/// <summary>
/// Keeps an uploaded cover or artist image: at most <see cref="MaxBytes"/>, accepted only if the image processor
/// recognises its bytes and decodes it (never by its name or Content-Type), stored under its SHA-256 in the artwork
/// uploads folder (<see cref="ArtworkPaths.Upload"/>), so no part of the path comes from the user.
/// </summary>
public sealed class CoverUploads(IImageProcessor processor, ArtworkPaths paths)
{
    /// <summary>20 MB: far above any cover scan a page needs.</summary>
    public const long MaxBytes = 20 * 1024 * 1024;

    /// <summary>The stored file's absolute path (what an artwork override names).</summary>
    /// <exception cref="ImageRejectedException">Too large, empty, not an image we accept, or it fails to decode; nothing is kept.</exception>
    public async Task<string> StoreAsync(Stream body, CancellationToken cancellationToken)
    {
        var temp = paths.NewTempFile();
        var probe = paths.NewTempFile() + ".jpg";
        try
        {
            var sha256 = await CopyCappedAsync(body, temp, cancellationToken);
            var info = processor.Inspect(temp);
            // The header can lie; a full decode (one small rendition, thrown away) proves the pixels are readable.
            processor.Render(temp, [new RenditionRequest(64, RenditionFormat.Jpeg, 70, probe)], cancellationToken);
            var final = paths.Upload(sha256, info.Format);
            Directory.CreateDirectory(Path.GetDirectoryName(final)!);
            if (!File.Exists(final))
            {
                File.Move(temp, final);
            }

            return final;
        }
        finally
        {
            File.Delete(temp);
            File.Delete(probe);
        }
    }

    private static async Task<string> CopyCappedAsync(Stream body, string path, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[81920];
        long total = 0;
        await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write))
        {
            int read;
            while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0)
            {
                total += read;
                if (total > MaxBytes)
                {
                    throw new ImageRejectedException($"the file is larger than {MaxBytes / (1024 * 1024)} MB");
                }

                hash.AppendData(buffer, 0, read);
                await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }
        }

        return total == 0 ? throw new ImageRejectedException("empty file (0 bytes)") : Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
