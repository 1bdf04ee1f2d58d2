using System.Text.Json;
using CollectionSite.Clients.Discogs;
using CollectionSite.Clients.Discogs.Models;
using CollectionSite.Domain;

namespace CollectionSite.Demo;

/// <summary>
/// The Discogs API answered from the bundled sample data (real recorded payloads): same paging, same
/// mapping, a missing file is a 404. It lets `build --demo` run the real pipeline with no network and no keys.
/// </summary>
public sealed class DemoDiscogsApi(string dataDirectory) : IDiscogsApi
{
    private readonly Lazy<List<CollectionItemDto>> collection = new(() => LoadCollection(dataDirectory));

    public static string DefaultDataDirectory => Path.Combine(AppContext.BaseDirectory, "demo");

    public Task<DiscogsIdentity> GetIdentityAsync(CancellationToken cancellationToken) =>
        Task.FromResult(new DiscogsIdentity(1, "demo"));

    public Task<CollectionPage> GetCollectionPageAsync(string username, int page, int perPage, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var items = collection.Value;
        var pages = Math.Max(1, (items.Count + perPage - 1) / perPage);
        var slice = items.Skip((page - 1) * perPage).Take(perPage).ToList();
        var dto = new CollectionPageDto(new PaginationDto(page, pages, items.Count, perPage), slice);
        return Task.FromResult(DiscogsMapper.ToDomain(dto, $"/users/{username}/collection/folders/0/releases?page={page}"));
    }

    public Task<Fetched<Release>?> GetReleaseAsync(long releaseId, CancellationToken cancellationToken) =>
        Read("releases", releaseId, DiscogsJsonContext.Default.ReleaseDto, DiscogsMapper.ToDomain, cancellationToken);

    public Task<Fetched<Master>?> GetMasterAsync(long masterId, CancellationToken cancellationToken) =>
        Read("masters", masterId, DiscogsJsonContext.Default.MasterDto, DiscogsMapper.ToDomain, cancellationToken);

    public Task<Fetched<Artist>?> GetArtistAsync(long artistId, CancellationToken cancellationToken) =>
        Read("artists", artistId, DiscogsJsonContext.Default.ArtistDto, DiscogsMapper.ToDomain, cancellationToken);

    private async Task<Fetched<T>?> Read<TDto, T>(string folder, long id, System.Text.Json.Serialization.Metadata.JsonTypeInfo<TDto> typeInfo, Func<TDto, T> map, CancellationToken cancellationToken)
        where TDto : class
    {
        var path = Path.Combine(dataDirectory, folder, $"{id}.json");
        if (!File.Exists(path))
        {
            return null;
        }

        var json = await File.ReadAllTextAsync(path, cancellationToken);
        var dto = JsonSerializer.Deserialize(json, typeInfo) ?? throw new InvalidDataException($"Demo file {path} is empty.");
        return new Fetched<T>(map(dto), json);
    }

    private static List<CollectionItemDto> LoadCollection(string dataDirectory)
    {
        var path = Path.Combine(dataDirectory, "collection.json");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The demo data is missing ({path}). Rebuild CollectionSite; the demo folder ships beside the executable.", path);
        }

        return JsonSerializer.Deserialize(File.ReadAllText(path), DiscogsJsonContext.Default.CollectionPageDto)?.Releases ?? [];
    }
}
