using CollectionSite.Statistics;
using CollectionSite.Tests.Rendering.Support;
using Microsoft.Data.Sqlite;

namespace CollectionSite.Tests.Statistics;

/// <summary>The statistics of <see cref="StatisticsWorld"/>, every number worked out by hand from the seeded rows.</summary>
public sealed class StatisticsReaderTests
{
    private RenderHarness harness = null!;

    [SetUp]
    public async Task SetUp()
    {
        harness = new RenderHarness("statistics");
        await StatisticsWorld.SeedAsync(harness);
    }

    [TearDown]
    public void TearDown()
    {
        harness.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(harness.Root, recursive: true);
    }

    private static string[] Rows(Breakdown breakdown) => [.. breakdown.Top.Select(t => $"{t.Name}={t.Releases}")];

    [Test]
    public async Task Read_KnownCollection_TotalsCountCopiesAndPublishedReleases()
    {
        var statistics = await harness.Get<StatisticsReader>().ReadAsync(StatisticsCalculator.DefaultTop, CancellationToken.None);

        // Copies 1001-1006 (1007's release is skipped, 1008 was removed); releases 101-103 with details and 104 from
        // its listing; 105 has no data yet. Artists: Orion and Björk ("Various" is no artist); labels: 500, 501, 502.
        Assert.That(statistics.Totals, Is.EqualTo(new StatisticsTotals(Copies: 6, Releases: 4, Artists: 2, Labels: 3, PartialReleases: 1, PendingCopies: 1)));
    }

    [Test]
    public async Task Read_KnownCollection_BreakdownsCountEachReleaseOnce()
    {
        var statistics = await harness.Get<StatisticsReader>().ReadAsync(StatisticsCalculator.DefaultTop, CancellationToken.None);

        Assert.Multiple(() =>
        {
            // 101 is Rock on the release and the master: once. 104 (partial) counts from its listing plus its master.
            Assert.That(Rows(statistics.Genres), Is.EqualTo(new[] { "Electronic=2", "Rock=2", "Jazz=1", "Pop=1" }));
            Assert.That(Rows(statistics.Styles), Is.EqualTo(new[] { "Prog Rock=1", "Psychedelic Rock=1" }));
            Assert.That(statistics.Styles.Unknown, Is.EqualTo(3));
            // 101 has two Vinyl lines: one release.
            Assert.That(Rows(statistics.Formats), Is.EqualTo(new[] { "CD=2", "Vinyl=2" }));
            // 101: master 1969, not its 1999 reissue; 104: master 1993, not the listing's 2001; 103 has no year.
            Assert.That(Rows(statistics.Decades), Is.EqualTo(new[] { "1960s=1", "1970s=1", "1990s=1" }));
            Assert.That(statistics.Decades.Unknown, Is.EqualTo(1));
            Assert.That(Rows(statistics.Labels), Is.EqualTo(new[] { "Harvest=2", "Blue Note=1", "One Little Indian=1" }));
            Assert.That(Rows(statistics.Countries), Is.EqualTo(new[] { "UK=1", "US=1" }));
            Assert.That(statistics.Countries.Unknown, Is.EqualTo(2), "the sampler has none, the partial release's listing has none");
            // The cached artist's own name wins over the credit ("Bjork"), the " (2)" disambiguation is dropped.
            Assert.That(Rows(statistics.Artists), Is.EqualTo(new[] { "Orion=2", "Björk=1" }));
            Assert.That(statistics.Artists.Unknown, Is.EqualTo(1), "the Various sampler has no artist");
        });
    }

    [Test]
    public async Task Read_KnownCollection_MonthsCountCopiesWithEmptyMonthsAndRunningTotal()
    {
        var statistics = await harness.Get<StatisticsReader>().ReadAsync(StatisticsCalculator.DefaultTop, CancellationToken.None);

        // 2023-12: pending 1006; 2024-01: 1001, 1003; 2024-02: only the skipped 1007 and removed 1008, so none;
        // 2024-03: 1002, 1004 and 1005 (23:30 UTC on the 31st is still March).
        Assert.That(statistics.Months, Is.EqualTo(new[]
        {
            new MonthCount("2023-12", 1, 1),
            new MonthCount("2024-01", 2, 3),
            new MonthCount("2024-02", 0, 3),
            new MonthCount("2024-03", 3, 6),
        }));
    }

    [Test]
    public async Task Read_TopOne_CutsBreakdownsButNotDecades()
    {
        var statistics = await harness.Get<StatisticsReader>().ReadAsync(1, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(Rows(statistics.Genres), Is.EqualTo(new[] { "Electronic=2" }));
            Assert.That(statistics.Genres.Distinct, Is.EqualTo(4));
            Assert.That(Rows(statistics.Decades), Has.Length.EqualTo(3));
        });
    }

    [Test]
    public async Task Json_RoundTrips_AndIsStableForTheSameCollection()
    {
        var reader = harness.Get<StatisticsReader>();
        var first = StatisticsJson.Serialize(await reader.ReadAsync(StatisticsCalculator.DefaultTop, CancellationToken.None));
        var second = StatisticsJson.Serialize(await reader.ReadAsync(StatisticsCalculator.DefaultTop, CancellationToken.None));

        Assert.Multiple(() =>
        {
            Assert.That(second, Is.EqualTo(first));
            Assert.That(first, Does.Contain("\"partial_releases\": 1").And.Contain("\"Björk\""));
            Assert.That(StatisticsJson.Serialize(StatisticsJson.Deserialize(first)), Is.EqualTo(first));
        });
    }
}
