using System.Globalization;
using System.Net;
using CollectionSite.Artwork.Sources;
using CollectionSite.Configuration;
using CollectionSite.Domain;
using CollectionSite.Storage;
using Microsoft.Extensions.Logging;

namespace CollectionSite.Artwork.Download;

/// <summary>An original and whether getting it took a download (false: known already, answered 304, or a local file).</summary>
public sealed record FetchedOriginal(ArtworkOriginal Original, bool Downloaded);

/// <summary>
/// Gets a candidate's original into the <see cref="OriginalStore"/>. A URL fetched before whose original is on disk is
/// not asked again unless refreshed, and then conditionally (If-None-Match / If-Modified-Since). Downloads go through the
/// candidate's host client (Discogs images under the Discogs budget), follow at most <see cref="MaxRedirects"/> redirects,
/// each checked against the candidate's hosts (<see cref="ImageHosts"/>), and stream to a temp file under
/// Artwork:MaxDownloadBytes (checked before, from Content-Length, and while reading) within Artwork:TimeoutSeconds.
/// </summary>
public sealed class ImageDownloader(
    IHttpClientFactory clients,
    OriginalStore originals,
    ArtworkRepository repository,
    ArtworkPaths paths,
    ArtworkSettings settings,
    TimeProvider time,
    ILogger<ImageDownloader> logger)
{
    public const int MaxRedirects = 5;

    /// <param name="refresh">Ask the server again (conditionally) even when the URL's original is stored.</param>
    /// <exception cref="ImageDownloadException">No file came (refused URL, error status, size cap, cut-off or empty body).</exception>
    /// <exception cref="Imaging.ImageRejectedException">The body is not an image we accept.</exception>
    /// <exception cref="HttpRequestException">No answer after the handler's retries.</exception>
    public async Task<FetchedOriginal> FetchAsync(ArtworkCandidate candidate, bool refresh, CancellationToken cancellationToken)
    {
        if (candidate.IsLocalFile)
        {
            return new FetchedOriginal(await ImportAsync(candidate.Location, cancellationToken), false);
        }

        if (!Uri.TryCreate(candidate.Location, UriKind.Absolute, out var uri))
        {
            throw new ImageDownloadException($"'{candidate.Location}' is neither an http(s) URL nor an absolute file path");
        }

        var known = await repository.GetDownloadAsync(candidate.Location, cancellationToken);
        var stored = known is null ? null : await repository.GetOriginalAsync(known.Sha256, cancellationToken);
        if (stored is not null && originals.Find(stored) is null)
        {
            stored = null;
        }

        if (stored is not null && !refresh)
        {
            return new FetchedOriginal(stored, false);
        }

        return await DownloadAsync(candidate, uri, stored is null ? null : known, stored, cancellationToken);
    }

    private async Task<FetchedOriginal> DownloadAsync(ArtworkCandidate candidate, Uri uri, ArtworkDownload? known, ArtworkOriginal? stored, CancellationToken cancellationToken)
    {
        var client = clients.CreateClient(ImageHosts.ClientName(candidate.Host));
        for (var hop = 0; ; hop++)
        {
            if (ImageHosts.Refusal(candidate.Host, uri) is { } refusal)
            {
                throw new ImageDownloadException($"Refused to fetch {candidate.Source} image: {refusal}");
            }

            using var request = new HttpRequestMessage(HttpMethod.Get, uri);
            AddValidators(request, known);
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            var status = (int)response.StatusCode;
            if (status is >= 300 and < 400 && status != 304 && Location(response) is { } location)
            {
                uri = hop < MaxRedirects && Uri.TryCreate(uri, location, out var next)
                    ? next
                    : throw new ImageDownloadException($"{ImageDownloadException.Shown(uri)} redirected more than {MaxRedirects} times or to an unreadable location");
                continue;
            }

            if (response.StatusCode == HttpStatusCode.NotModified && known is not null && stored is not null)
            {
                await repository.SaveOriginalAsync(stored, known with { ETag = ETag(response) ?? known.ETag, FetchedUtc = time.GetUtcNow() }, time.GetUtcNow(), cancellationToken);
                return new FetchedOriginal(stored, false);
            }

            if (!response.IsSuccessStatusCode)
            {
                throw new ImageDownloadException(string.Create(
                    CultureInfo.InvariantCulture, $"{ImageDownloadException.Shown(uri)} answered {status} {response.ReasonPhrase}"));
            }

            var validators = new DownloadValidators(candidate.Location, ETag(response), response.Content.Headers.LastModified?.ToString("R", CultureInfo.InvariantCulture));
            var original = await ReceiveAsync(response, ImageDownloadException.Shown(uri), validators, cancellationToken);
            logger.LogDebug("Downloaded {Source} image {Url}: {Format} {Width}x{Height}, {Bytes} bytes", candidate.Source, ImageDownloadException.Shown(uri), original.Format, original.Width, original.Height, original.Bytes);
            return new FetchedOriginal(original, true);
        }
    }

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

    private static void AddValidators(HttpRequestMessage request, ArtworkDownload? known)
    {
        if (known?.ETag is { } etag)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        }

        if (known?.LastModified is { } modified)
        {
            request.Headers.TryAddWithoutValidation("If-Modified-Since", modified);
        }
    }

    private static string? ETag(HttpResponseMessage response) => response.Headers.ETag?.ToString();

    /// <summary>The Location header as sent: the parsed form would read "/path" as a file:// URI on Unix.</summary>
    private static string? Location(HttpResponseMessage response) =>
        response.Headers.NonValidated.TryGetValues("Location", out var values) ? values.FirstOrDefault()?.Trim() : null;
}
