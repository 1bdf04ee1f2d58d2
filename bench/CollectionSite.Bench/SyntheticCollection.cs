using System.Globalization;
using System.Text.Json;
using CollectionSite.Clients.Discogs;
using CollectionSite.Clients.Discogs.Models;
using CollectionSite.Domain;
using CollectionSite.Storage;

namespace CollectionSite.Bench;

/// <summary>
/// Fills a state database with a synthetic collection built from the real recorded Discogs releases:
/// each copy gets its own id, a varied title and one of a pool of artists and labels. Which releases get a cover, and
/// from which image, is the caller's (<see cref="BenchCovers"/>).
/// </summary>
internal static class SyntheticCollection
{
    private static readonly string[] Fixtures =
    [
        "release_249504.json",
        "release_1287017_unauth_blank_images_subtracks.json",
        "release_6895819_unauth_two_artists_track_artists.json",
        "release_3329867_no_master_id_file_format.json",
        "release_6145364_modern_auth_2023.json",
    ];

    private static readonly string[] Words = ["Blue", "Night", "Živé", "Sonne", "夜", "Ø", "Heroes", "No", "Live: At", "Ethio", "#1", "Ray", "Σ"];

    /// <summary>The release id of the <paramref name="index"/>-th synthetic release.</summary>
    public static long ReleaseId(int index) => 1_000_000 + index;

    public static async Task CreateAsync(StateDatabase database, string fixturesFolder, int count, CancellationToken cancellationToken)
    {
        var templates = Fixtures.Select(f => DiscogsMapper.ToDomain(
            JsonSerializer.Deserialize(File.ReadAllText(Path.Combine(fixturesFolder, f)), DiscogsJsonContext.Default.ReleaseDto)!)).ToList();
        var fetched = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var releases = new ReleaseRepository(database);
        var artists = new ArtistRepository(database);
        var copies = new List<CollectionItem>(count);

        for (var i = 0; i < count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var release = Vary(templates[i % templates.Count], i);
            await releases.SaveAsync(release.Id, new Fetched<Release>(release, "{}"), "discogs.release", fetched, cancellationToken);
            copies.Add(new CollectionItem(i + 1, release.Id, 1, fetched.AddMinutes(-i), i % 6, []));
        }

        for (var a = 0; a < ArtistPool(count); a++)
        {
            var artist = new Artist(ArtistId(a), ArtistName(a), null, $"Profile of [b]{ArtistName(a)}[/b], see [a{ArtistId(a + 1)}].", [], [], [], [], [], [], null);
            await artists.SaveAsync(artist.Id, new Fetched<Artist>(artist, "{}"), fetched, cancellationToken);
        }

        await new CollectionRepository(database).ReconcileAsync(copies, fetched, cancellationToken);
    }

    private static Release Vary(Release template, int i)
    {
        var title = $"{template.Title} {Words[i % Words.Length]} {i.ToString(CultureInfo.InvariantCulture)}";
        var artist = new ArtistCredit(ArtistId(i % 2000), ArtistName(i % 2000), null, null, null, null);
        var label = new LabelCredit(700_000 + (i % 500), $"Label {i % 500} (2)", $"CAT-{i:D5}");
        return template with
        {
            Id = ReleaseId(i),
            Title = title,
            Artists = i % 7 == 0 ? [artist with { Join = "&" }, template.Artists[0]] : [artist],
            Labels = [label],
            Year = 1950 + (i % 75),
            MasterId = null,
        };
    }

    private static int ArtistPool(int count) => Math.Min(count, 2000);

    private static long ArtistId(int n) => 500_000 + n;

    private static string ArtistName(int n) => $"Artist {Words[n % Words.Length]} {n.ToString(CultureInfo.InvariantCulture)}";
}
