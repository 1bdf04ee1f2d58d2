using System.Globalization;
using System.Net;
using CollectionSite.Artwork.Sources;
using CollectionSite.Clients.Http;
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
public sealed partial class ImageDownloader(
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

        // Checked before parsing: on Unix a path such as Discogs' old relative "/image/R-1.jpg" parses as a file URI.
        if (!ArtworkCandidate.IsHttpUrl(candidate.Location) || !Uri.TryCreate(candidate.Location, UriKind.Absolute, out var uri))
        {
            throw new ImageDownloadException(candidate.Host == ImageHost.Collector
                ? $"the override '{candidate.Location}' is neither an http(s) URL nor an absolute file path"
                : $"the {candidate.Source} image '{candidate.Location}' is not an http(s) URL");
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
            using var response = await SendAsync(client, request, cancellationToken);
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

    /// <summary>Sends one hop; the guard's refusal of an internal address (override URLs) becomes the item's one-line failure.</summary>
    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            return await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        }
        catch (InternalAddressException ex)
        {
            throw new ImageDownloadException(ex.Message, ex);
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
