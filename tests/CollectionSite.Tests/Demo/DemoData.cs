using System.Text.Json;
using CollectionSite.Clients.Discogs;
using CollectionSite.Clients.Discogs.Models;
using CollectionSite.Domain;
using CollectionSite.Tests.Fakes;

namespace CollectionSite.Tests.Demo;

/// <summary>The bundled demo data (src/CollectionSite/Demo/Data), read through the client's own wire models and mapper.</summary>
internal static class DemoData
{
    public static string Root => Path.Combine(TestPaths.RepositoryRoot, "src", "CollectionSite", "Demo", "Data");

    public static IEnumerable<string> Files(string folder, string extension) =>
        Directory.EnumerateFiles(Path.Combine(Root, folder), "*" + extension).Order(StringComparer.Ordinal);

    public static long IdOf(string path) => long.Parse(Path.GetFileNameWithoutExtension(path), System.Globalization.CultureInfo.InvariantCulture);

    public static IReadOnlyList<CollectionItem> Collection()
    {
        var dto = Deserialize(Path.Combine(Root, "collection.json"), DiscogsJsonContext.Default.CollectionPageDto);
        // The file holds every page's items and no pagination object; the file-backed API pages it.
        var items = dto.Releases ?? throw new InvalidDataException("collection.json has no releases list");
        var whole = dto with { Pagination = new PaginationDto(1, 1, items.Count, items.Count) };
        return DiscogsMapper.ToDomain(whole, "demo/collection.json").Items;
    }

    public static Release Release(long id) => DiscogsMapper.ToDomain(Deserialize(ReleasePath(id), DiscogsJsonContext.Default.ReleaseDto));

    public static string ReleasePath(long id) => Path.Combine(Root, "releases", $"{id}.json");

    public static T Deserialize<T>(string path, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type) =>
        JsonSerializer.Deserialize(File.ReadAllText(path), type) ?? throw new InvalidDataException(path + " is JSON null");
}
