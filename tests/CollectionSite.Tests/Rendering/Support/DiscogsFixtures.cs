using System.Text.Json;
using CollectionSite.Clients.Discogs;
using CollectionSite.Clients.Discogs.Models;
using CollectionSite.Domain;
using CollectionSite.Tests.Fakes;

namespace CollectionSite.Tests.Rendering.Support;

/// <summary>The real recorded Discogs payloads, mapped to domain records the way the client maps them.</summary>
public static class DiscogsFixtures
{
    public const string Release249504 = "release_249504.json";
    public const string Release1287017 = "release_1287017_unauth_blank_images_subtracks.json";
    public const string Release6895819 = "release_6895819_unauth_two_artists_track_artists.json";
    public const string Release3329867 = "release_3329867_no_master_id_file_format.json";
    public const string Release6145364 = "release_6145364_modern_auth_2023.json";

    public static IReadOnlyList<string> Releases { get; } = [Release249504, Release1287017, Release6895819, Release3329867, Release6145364];

    public static Release Release(string fileName) =>
        DiscogsMapper.ToDomain(JsonSerializer.Deserialize(TestPaths.ReadFixture("discogs", fileName), DiscogsJsonContext.Default.ReleaseDto)!);

    public static Master Master(string fileName) =>
        DiscogsMapper.ToDomain(JsonSerializer.Deserialize(TestPaths.ReadFixture("discogs", fileName), DiscogsJsonContext.Default.MasterDto)!);

    public static Artist Artist(string fileName) =>
        DiscogsMapper.ToDomain(JsonSerializer.Deserialize(TestPaths.ReadFixture("discogs", fileName), DiscogsJsonContext.Default.ArtistDto)!);

    /// <summary>A copy of <paramref name="releaseId"/> owned since <paramref name="added"/>.</summary>
    public static CollectionItem Copy(long instanceId, long releaseId, DateTimeOffset added, int rating = 0) =>
        new(instanceId, releaseId, 1, added, rating, []);
}
