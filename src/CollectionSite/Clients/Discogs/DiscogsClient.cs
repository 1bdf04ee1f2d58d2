using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CollectionSite.Clients.Discogs.Models;
using CollectionSite.Domain;

namespace CollectionSite.Clients.Discogs;

/// <summary>
/// Typed HttpClient for the Discogs API. Rate limiting, retries and the circuit breaker live in the
/// message handler configured for this client; here HTTP outcomes become domain results, once:
/// 404 → null, 401/403 → <see cref="DiscogsAuthenticationException"/>, anything else unusable → <see cref="DiscogsApiException"/>.
/// </summary>
public sealed class DiscogsClient(HttpClient http) : IDiscogsApi
{
    public const int MaxPerPage = 100;

    public async Task<DiscogsIdentity> GetIdentityAsync(CancellationToken cancellationToken)
    {
        var (dto, _) = await GetAsync("oauth/identity", DiscogsJsonContext.Default.IdentityDto, cancellationToken)
            ?? throw new DiscogsApiException("Discogs has no identity for this token.", HttpStatusCode.NotFound, "/oauth/identity");
        return new DiscogsIdentity(dto.Id, dto.Username ?? string.Empty);
    }

    public async Task<CollectionPage> GetCollectionPageAsync(string username, int page, int perPage, CancellationToken cancellationToken)
    {
        var path = string.Create(
            CultureInfo.InvariantCulture,
            $"users/{Uri.EscapeDataString(username)}/collection/folders/0/releases?page={page}&per_page={perPage}&sort=added&sort_order=desc");
        var (dto, _) = await GetAsync(path, DiscogsJsonContext.Default.CollectionPageDto, cancellationToken)
            ?? throw (page == 1
                ? new DiscogsApiException($"Discogs has no user '{username}' (404). Check Discogs:Username.", HttpStatusCode.NotFound, "/" + path)
                : new CollectionPageMissingException($"Discogs has no collection page {page} (404): the collection shrank while listing.", "/" + path));
        return DiscogsMapper.ToDomain(dto, "/" + path);
    }

    public async Task<Fetched<Release>?> GetReleaseAsync(long releaseId, CancellationToken cancellationToken) =>
        await GetAsync(Path("releases", releaseId), DiscogsJsonContext.Default.ReleaseDto, cancellationToken) is { } r
            ? new Fetched<Release>(DiscogsMapper.ToDomain(r.Dto), r.Raw)
            : null;

    public async Task<Fetched<Master>?> GetMasterAsync(long masterId, CancellationToken cancellationToken) =>
        await GetAsync(Path("masters", masterId), DiscogsJsonContext.Default.MasterDto, cancellationToken) is { } r
            ? new Fetched<Master>(DiscogsMapper.ToDomain(r.Dto), r.Raw)
            : null;

    public async Task<Fetched<Artist>?> GetArtistAsync(long artistId, CancellationToken cancellationToken) =>
        await GetAsync(Path("artists", artistId), DiscogsJsonContext.Default.ArtistDto, cancellationToken) is { } r
            ? new Fetched<Artist>(DiscogsMapper.ToDomain(r.Dto), r.Raw)
            : null;

    private static string Path(string resource, long id) => string.Create(CultureInfo.InvariantCulture, $"{resource}/{id}");

    private async Task<(T Dto, string Raw)?> GetAsync<T>(string path, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
        where T : class
    {
        var shownPath = "/" + path;
        HttpResponseMessage response;
        try
        {
            response = await http.GetAsync(path, HttpCompletionOption.ResponseContentRead, cancellationToken);
        }
        catch (HttpRequestException ex)
        {
            throw new DiscogsApiException($"GET {shownPath} failed: {ex.Message}", null, shownPath, ex);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new DiscogsApiException($"GET {shownPath} timed out.", null, shownPath, ex);
        }

        using (response)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            switch (response.StatusCode)
            {
                case HttpStatusCode.NotFound:
                    return null;
                case HttpStatusCode.Unauthorized:
                    throw new DiscogsAuthenticationException(
                        $"Discogs rejected the token (401 Unauthorized) on GET {shownPath}. Check Discogs:Token (secrets.json or COLLECTIONSITE_Discogs__Token); a new token can be made at https://www.discogs.com/settings/developers.");
                case HttpStatusCode.Forbidden:
                    throw new DiscogsAuthenticationException(
                        $"Discogs refused access (403 Forbidden) on GET {shownPath}. The token must belong to the collection's owner (Discogs:Username) or the collection must be public.");
            }

            if (!response.IsSuccessStatusCode)
            {
                throw new DiscogsApiException(
                    $"GET {shownPath} answered {(int)response.StatusCode} {response.ReasonPhrase}: {Excerpt(ErrorMessage(body))}", response.StatusCode, shownPath);
            }

            var mediaType = response.Content.Headers.ContentType?.MediaType;
            if (mediaType is not null && !mediaType.EndsWith("json", StringComparison.OrdinalIgnoreCase))
            {
                throw new DiscogsApiException($"GET {shownPath} answered {mediaType} instead of JSON: {Excerpt(body)}", response.StatusCode, shownPath);
            }

            try
            {
                var dto = JsonSerializer.Deserialize(body, typeInfo)
                    ?? throw new DiscogsApiException($"GET {shownPath} answered an empty JSON document.", response.StatusCode, shownPath);
                return (dto, body);
            }
            catch (JsonException ex)
            {
                throw new DiscogsApiException($"GET {shownPath} answered malformed JSON ({ex.Message}): {Excerpt(body)}", response.StatusCode, shownPath, ex);
            }
        }
    }

    private static string ErrorMessage(string body)
    {
        try
        {
            return JsonSerializer.Deserialize(body, DiscogsJsonContext.Default.ErrorDto)?.Message ?? body;
        }
        catch (JsonException)
        {
            return body;
        }
    }

    private static string Excerpt(string text)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= 160 ? flat : flat[..160] + "…";
    }
}
