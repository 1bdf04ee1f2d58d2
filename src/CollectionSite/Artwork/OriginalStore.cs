using CollectionSite.Artwork.Imaging;
using CollectionSite.Domain;
using CollectionSite.Storage;

namespace CollectionSite.Artwork;

/// <summary>
/// Keeps validated originals in the state folder under their SHA-256 (originals/ab/&lt;sha&gt;.&lt;ext&gt;), so the site
/// never hot-links an image and the same bytes from two URLs are stored once.
/// </summary>
public sealed class OriginalStore(IImageProcessor processor, ArtworkRepository repository, ArtworkPaths paths, TimeProvider time)
{
    /// <summary>
    /// Checks the downloaded file at <paramref name="tempPath"/> is an image we accept (magic bytes and header, never its name
    /// or Content-Type), moves it to its content address and records it (and what <paramref name="download"/> gave).
    /// The temp file is gone afterwards either way.
    /// </summary>
    /// <param name="download">The URL and its validators; null for a local file.</param>
    /// <exception cref="ImageRejectedException">Not an image we accept; nothing is stored.</exception>
    public async Task<ArtworkOriginal> StoreAsync(string tempPath, string sha256, long bytes, DownloadValidators? download, CancellationToken cancellationToken)
    {
        try
        {
            var info = processor.Inspect(tempPath);
            var final = paths.Original(sha256, info.Format);
            Directory.CreateDirectory(Path.GetDirectoryName(final)!);
            if (!File.Exists(final))
            {
                MoveIntoPlace(tempPath, final);
            }

            var original = await repository.GetOriginalAsync(sha256, cancellationToken) ?? new ArtworkOriginal(sha256, info.Format, info.Width, info.Height, bytes, null);
            var now = time.GetUtcNow();
            var record = download is null ? null : new ArtworkDownload(download.Url, sha256, download.ETag, download.LastModified, now);
            await repository.SaveOriginalAsync(original, record, now, cancellationToken);
            return original;
        }
        finally
        {
            File.Delete(tempPath);
        }
    }

    /// <summary>The original's file, or null when it is not on disk (deleted by hand, or collected).</summary>
    public string? Find(ArtworkOriginal original)
    {
        var path = paths.Original(original.Sha256, original.Format);
        return File.Exists(path) ? path : null;
    }

    /// <summary>Two items may download the same image at once: whoever moves second finds the same bytes in place.</summary>
    private static void MoveIntoPlace(string tempPath, string final)
    {
        try
        {
            File.Move(tempPath, final);
        }
        catch (IOException) when (File.Exists(final))
        {
        }
    }
}

/// <summary>The URL an original came from and its validators (ETag, Last-Modified as sent) for a conditional refresh.</summary>
public sealed record DownloadValidators(string Url, string? ETag, string? LastModified);
