using System.Globalization;
using CollectionSite.Domain;

namespace CollectionSite.Artwork.Download;

/// <summary>Bodies into temp files: a download's under the cap and a deadline, an override file's under the cap.</summary>
public sealed partial class ImageDownloader
{
    /// <summary>Streams the body to a temp file: the declared length is checked first, the cap and a deadline while it arrives.</summary>
    private async Task<ArtworkOriginal> ReceiveAsync(HttpResponseMessage response, string what, DownloadValidators validators, CancellationToken cancellationToken)
    {
        var declared = response.Content.Headers.ContentLength;
        if (declared > settings.MaxDownloadBytes)
        {
            throw new ImageDownloadException(string.Create(
                CultureInfo.InvariantCulture, $"{what} declares {declared} bytes, more than Artwork:MaxDownloadBytes ({settings.MaxDownloadBytes} bytes)"));
        }

        var temp = paths.NewTempFile();
        try
        {
            // The handler times each attempt up to the answer; the body gets its own deadline, never counting rate-limit waits.
            var timeout = TimeSpan.FromSeconds(settings.TimeoutSeconds);
            using var deadline = new CancellationTokenSource(timeout, time);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
            (string Sha256, long Bytes) body;
            try
            {
                await using var stream = await response.Content.ReadAsStreamAsync(linked.Token);
                body = await CappedCopy.ToFileAsync(stream, temp, settings.MaxDownloadBytes, what, linked.Token);
            }
            catch (OperationCanceledException ex) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                throw new ImageDownloadException($"{what} did not arrive within Artwork:TimeoutSeconds ({settings.TimeoutSeconds} s)", ex);
            }

            if (declared is { } length && length != body.Bytes)
            {
                throw new ImageDownloadException(string.Create(CultureInfo.InvariantCulture, $"{what} ended after {body.Bytes} of the {length} bytes it declared"));
            }

            return body.Bytes == 0
                ? throw new ImageDownloadException($"{what} answered an empty body")
                : await originals.StoreAsync(temp, body.Sha256, body.Bytes, validators, cancellationToken);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    /// <summary>An override file on this machine: copied under the same cap and checks as a download.</summary>
    private async Task<ArtworkOriginal> ImportAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new ImageDownloadException($"the override file {path} does not exist");
        }

        var temp = paths.NewTempFile();
        try
        {
            await using var source = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);
            var (sha256, bytes) = await CappedCopy.ToFileAsync(source, temp, settings.MaxDownloadBytes, path, cancellationToken);
            return bytes == 0
                ? throw new ImageDownloadException($"the override file {path} is empty")
                : await originals.StoreAsync(temp, sha256, bytes, null, cancellationToken);
        }
        finally
        {
            File.Delete(temp);
        }
    }
}
