using System.Text.RegularExpressions;
using CollectionSite.Domain;
using CollectionSite.Rendering.Site;
using CollectionSite.Statistics;
using CollectionSite.Tests.Fakes;
using CollectionSite.Tests.Rendering.Skeleton;
using CollectionSite.Tests.Rendering.Support;
using CollectionSite.Tests.Statistics;
using Microsoft.Data.Sqlite;

namespace CollectionSite.Tests.Rendering;

/// <summary>The /stats/ bundle the render writes (the `stats` computation as JSON), and the page Hugo builds from it.</summary>
public sealed partial class StatisticsPageTests
{
    private RenderHarness harness = null!;

    [SetUp]
    public async Task SetUp()
    {
        harness = new RenderHarness("stats-page");
        await StatisticsWorld.SeedAsync(harness);
    }

    [TearDown]
    public void TearDown()
    {
        harness.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(harness.Root, recursive: true);
    }

    private async Task<string> ExpectedJsonAsync() =>
        StatisticsJson.Serialize(await harness.Get<StatisticsReader>().ReadAsync(StatisticsCalculator.DefaultTop, CancellationToken.None));

    [Test]
    public async Task Render_WritesTheStatsBundle_AndLeavesItAloneWhenNothingChanged()
    {
        await harness.RenderAsync();
        var data = Path.Combine(harness.Output, StatisticsPage.DataFile);
        var written = File.GetLastWriteTimeUtc(data);
        var before = harness.Snapshot();

        var second = await harness.RenderAsync();

        var expected = await ExpectedJsonAsync();
        Assert.Multiple(() =>
        {
            Assert.That(File.ReadAllText(data), Is.EqualTo(expected));
            Assert.That(harness.ReadText("content/stats/_index.md"), Does.Contain("title: \"Statistics\""));
            Assert.That(second.Processed, Is.Zero, "second render writes nothing");
            Assert.That(harness.Snapshot(), Is.EqualTo(before));
            Assert.That(File.GetLastWriteTimeUtc(data), Is.EqualTo(written));
        });
    }

    [Test]
    public async Task Render_CollectionChanged_RewritesTheDataFile()
    {
        await harness.RenderAsync();
        await harness.AddReleaseAsync(InMemoryDiscogsApi.SampleRelease(107));
        await harness.SetCollectionAsync([.. await harness.Get<CollectionSite.Storage.CollectionRepository>().GetActiveItemsAsync(CancellationToken.None),
            new CollectionItem(1009, 107, 1, new DateTimeOffset(2024, 4, 2, 0, 0, 0, TimeSpan.Zero), 0, [])]);

        await harness.RenderAsync();

        var json = StatisticsJson.Deserialize(harness.ReadText(StatisticsPage.DataFile));
        Assert.Multiple(() =>
        {
            Assert.That(json.Totals.Copies, Is.EqualTo(7));
            Assert.That(json.Months[^1], Is.EqualTo(new MonthCount("2024-04", 1, 7)));
        });
    }

    [Test]
    [Category("Hugo")]
    public async Task Hugo_SubPathSite_StatsPageHasAccessibleChartsTablesAndNavLink()
    {
        await harness.RenderAsync();
        await SkeletonFolders.Installer(SkeletonFolders.RepositorySkeleton, harness.Output).InstallAsync(CancellationToken.None);
        var publish = Path.Combine(harness.Root, "public");

        var (exit, output) = await HugoCli.RunAsync(
            harness.Output, "--source", harness.Output, "--printPathWarnings", "--panicOnWarning", "--cacheDir", Path.Combine(harness.Root, "hugo-cache"),
            "-d", publish, "--baseURL", "https://example.org/sub/");

        Assert.That(exit, Is.Zero, output);
        var html = File.ReadAllText(Path.Combine(publish, "stats", "index.html"));
        var charts = Chart().Matches(html);
        Assert.Multiple(() =>
        {
            // Genres, styles, formats, decades, labels, countries, artists, growth, additions.
            Assert.That(charts, Has.Count.EqualTo(9), html);
            foreach (Match chart in charts)
            {
                var id = chart.Groups["id"].Value;
                Assert.That(chart.Value, Does.Contain($"<title id=\"{id}-title\">").And.Contain($"<desc id=\"{id}-desc\">"), id);
            }

            Assert.That(Regex.Count(html, "<details class=\"chart-data\">\\s*<summary>Data table</summary>\\s*<table"), Is.EqualTo(9));
            Assert.That(html, Does.Contain("<li data-stat=\"copies\"><span class=\"stat-value\">6</span> copies</li>"));
            Assert.That(html, Does.Contain("<tr><th scope=\"row\">1960s</th><td>1</td></tr>"));
            Assert.That(html, Does.Contain("<tr><th scope=\"row\">2024-02</th><td>0</td></tr>"));
            Assert.That(html, Does.Contain("href=\"/sub/css/stats.css\""));
            Assert.That(html, Does.Not.Contain("ZgotmplZ").And.Not.Contain("<no value>").And.Not.Contain("NaN"));
            Assert.That(File.ReadAllText(Path.Combine(publish, "index.html")), Does.Contain("<a href=\"/sub/stats/\">Statistics</a>"));
        });
    }

    [Test]
    [Category("Hugo")]
    public async Task Hugo_EmptyCollection_StatsPageSaysZeroAndDrawsNoChart()
    {
        using var empty = new RenderHarness("stats-empty");
        try
        {
            await empty.RenderAsync();
            await SkeletonFolders.Installer(SkeletonFolders.RepositorySkeleton, empty.Output).InstallAsync(CancellationToken.None);
            var publish = Path.Combine(empty.Root, "public");

            var (exit, output) = await HugoCli.BuildAsync(empty.Output, publish, Path.Combine(empty.Root, "hugo-cache"));

            Assert.That(exit, Is.Zero, output);
            var html = File.ReadAllText(Path.Combine(publish, "stats", "index.html"));
            Assert.Multiple(() =>
            {
                Assert.That(html, Does.Contain("<li data-stat=\"releases\"><span class=\"stat-value\">0</span> releases</li>"));
                Assert.That(html, Does.Not.Contain("<svg"));
            });
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(empty.Root, recursive: true);
        }
    }

    [GeneratedRegex("<svg class=\"chart-svg\" role=\"img\" aria-labelledby=\"(?<id>[a-z-]+)-title \\k<id>-desc\".*?</svg>", RegexOptions.Singleline)]
    private static partial Regex Chart();
}
