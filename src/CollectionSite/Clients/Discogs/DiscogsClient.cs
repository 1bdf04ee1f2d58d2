using System.Globalization;
using System.Net;
using System.Text.Json.Serialization.Metadata;
using CollectionSite.Clients.Discogs.Models;
using CollectionSite.Clients.Http;
using CollectionSite.Domain;
using Refit;

namespace CollectionSite.Clients.Discogs;

/// <summary>
/// The Discogs API for the pipeline: Refit calls (<see cref="IDiscogsWireApi"/>) translated by
/// <see cref="ApiResponses"/> (404 → null, 401/403 → <see cref="DiscogsAuthenticationException"/>, anything else
/// unusable → <see cref="DiscogsApiException"/>) and mapped to domain records by <see cref="DiscogsMapper"/>.
/// Rate limiting, retries and the breaker live in the client's handler.
/// </summary>
internal sealed class DiscogsClient(IDiscogsWireApi api) : IDiscogsApi
{
    /// <summary>Documented maximum of per_page.</summary>
    public const int MaxPerPage = 100;

    private static readonly DiscogsSource Source = DiscogsSource.Instance;

    public async Task<DiscogsIdentity> GetIdentityAsync(CancellationToken cancellationToken)
    {
        var dto = await ApiResponses.ContentOrNullAsync(api.GetIdentityAsync(cancellationToken), Source)
            ?? throw new DiscogsApiException("Discogs has no identity for this token.", HttpStatusCode.NotFound, "/oauth/identity");
        return new DiscogsIdentity(dto.Id, dto.Username ?? string.Empty);
    }

    public async Task<CollectionPage> GetCollectionPageAsync(string username, int page, int perPage, CancellationToken cancellationToken)
    {
        var shownPath = string.Create(CultureInfo.InvariantCulture, $"/users/{username}/collection/folders/0/releases?page={page}");
        var dto = await ApiResponses.ContentOrNullAsync(api.GetCollectionPageAsync(username, page, perPage, cancellationToken), Source)
            ?? throw (page == 1
                ? new DiscogsApiException($"Discogs has no user '{username}' (404). Check Discogs:Username.", HttpStatusCode.NotFound, shownPath)
                : new CollectionPageMissingException($"Discogs has no collection page {page} (404): the collection shrank while listing.", shownPath));
        return DiscogsMapper.ToDomain(dto, shownPath);
    }

    public Task<Fetched<Release>?> GetReleaseAsync(long releaseId, CancellationToken cancellationToken) =>
        MapAsync(api.GetReleaseAsync(releaseId, cancellationToken), DiscogsJsonContext.Default.ReleaseDto, DiscogsMapper.ToDomain);

    public Task<Fetched<Master>?> GetMasterAsync(long masterId, CancellationToken cancellationToken) =>
        MapAsync(api.GetMasterAsync(masterId, cancellationToken), DiscogsJsonContext.Default.MasterDto, DiscogsMapper.ToDomain);

    public Task<Fetched<Artist>?> GetArtistAsync(long artistId, CancellationToken cancellationToken) =>
        MapAsync(api.GetArtistAsync(artistId, cancellationToken), DiscogsJsonContext.Default.ArtistDto, DiscogsMapper.ToDomain);

    /// <summary>The domain record with the body exactly as Discogs sent it, or null for 404.</summary>
    private static async Task<Fetched<T>?> MapAsync<TDto, T>(Task<IApiResponse<string>> call, JsonTypeInfo<TDto> typeInfo, Func<TDto, T> map)
        where TDto : class =>
        await ApiResponses.VerbatimOrNullAsync(call, typeInfo, Source) is { } fetched
            ? new Fetched<T>(map(fetched.Value), fetched.RawJson)
            : null;
}
