using CollectionSite.Domain;
using CollectionSite.Storage;
using CollectionSite.Tests.Fakes;
using CollectionSite.Tests.Rendering.Support;

namespace CollectionSite.Tests.Statistics;

/// <summary>
/// A small collection whose numbers are worked out by hand in the tests: releases with details (one with a master
/// whose year differs from the release's), a partial release (listing summary only), a copy with no data at all
/// (pending), a second copy of one release, a removed copy and a skipped release (both left out).
/// </summary>
public static class StatisticsWorld
{
    public static async Task SeedAsync(RenderHarness harness)
    {
        var orion = new ArtistCredit(1, "Orion (2)", null, null, null, null);
        var various = new ArtistCredit(DiscogsArtists.VariousId, "Various", null, null, null, null);
        var harvest = new LabelCredit(500, "Harvest", "SHVL 1");
        await harness.AddMasterAsync(new Master(1000, "First", 1969, 101, [orion], ["Rock"], ["Psychedelic Rock"], null), 101);
        await harness.AddMasterAsync(new Master(2000, "Debut", 1993, null, [], ["Electronic"], [], null), 104);
        await harness.AddArtistAsync(InMemoryDiscogsApi.SampleArtist(2) with { Name = "Björk" });
        await harness.AddReleaseAsync(Release(101, "First", [orion], 1000, 1999, "UK", ["Rock"], ["Prog Rock"], [harvest], [Format("Vinyl"), Format("Vinyl")]));
        await harness.AddReleaseAsync(Release(102, "Second", [orion], null, 1975, "US", ["Rock", "Jazz"], [], [harvest, new LabelCredit(501, "Blue Note (3)", null)], [Format("CD")]));
        await harness.AddReleaseAsync(Release(103, "Sampler", [various], null, null, null, ["Electronic"], [], [], [Format("Vinyl")]));
        await harness.AddReleaseAsync(Release(106, "Skipped", [orion], null, 1980, "DE", ["Classical"], [], [], [Format("Cassette")]));
        await new SkipListRepository(harness.Database).AddAsync(106, "not mine", TestClock.Start, CancellationToken.None);

        var partial = new ListedRelease(
            "Debut", [new ArtistCredit(2, "Bjork", null, null, null, null)], 2000, 2001, ["Electronic", "Pop"], [], [new LabelCredit(502, "One Little Indian", "TPLP 31")], [Format("CD")], null, null);
        CollectionItem[] copies =
        [
            Copy(1001, 101, "2024-01-10T10:00:00Z"),
            Copy(1002, 101, "2024-03-05T10:00:00Z"),
            Copy(1003, 102, "2024-01-20T10:00:00Z"),
            Copy(1004, 103, "2024-03-30T10:00:00Z"),
            Copy(1005, 104, "2024-03-31T23:30:00Z") with { Listing = partial },
            Copy(1006, 105, "2023-12-01T08:00:00Z"),
            Copy(1007, 106, "2024-02-15T10:00:00Z"),
        ];
        await harness.SetCollectionAsync([.. copies, Copy(1008, 102, "2024-02-01T10:00:00Z")]);
        await harness.SetCollectionAsync(copies);
    }

    private static CollectionItem Copy(long instanceId, long releaseId, string added) =>
        new(instanceId, releaseId, 1, DateTimeOffset.Parse(added, System.Globalization.CultureInfo.InvariantCulture), 0, []);

    private static ReleaseFormat Format(string name) => new(name, "1", null, []);

    private static Release Release(
        long id, string title, IReadOnlyList<ArtistCredit> artists, long? masterId, int? year, string? country,
        IReadOnlyList<string> genres, IReadOnlyList<string> styles, IReadOnlyList<LabelCredit> labels, IReadOnlyList<ReleaseFormat> formats) =>
        new(id, title, artists, masterId, year, null, country, genres, styles, labels, formats, [], [], [], [], [], [], null, null, null);
}
