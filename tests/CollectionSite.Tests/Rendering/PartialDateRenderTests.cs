using CollectionSite.Tests.Fakes;
using CollectionSite.Tests.Rendering.Support;

namespace CollectionSite.Tests.Rendering;

/// <summary>"1975-00-00" from Discogs shows as "1975" in front matter and the release table; year and decade use the known parts.</summary>
[TestFixture]
public sealed class PartialDateRenderTests
{
    private static readonly DateTimeOffset Added = new(2024, 5, 6, 7, 8, 9, TimeSpan.Zero);

    [Test]
    public async Task Render_UnknownMonthAndDay_ShowsTheYearOnly()
    {
        var page = await RenderAsync(1975, "1975-00-00");

        Assert.Multiple(() =>
        {
            Assert.That(page, Does.Contain("\nreleased: \"1975\"\n").And.Contain("\nyear: 1975\n"));
            Assert.That(page, Does.Contain("| Released | 1975 |"));
            Assert.That(page, Does.Not.Contain("1975-00"));
        });
    }

    [Test]
    public async Task Render_KnownMonthNoYearField_ShowsMonthAndYearAndDerivesYearAndDecade()
    {
        var page = await RenderAsync(null, "1968-03-00");

        Assert.Multiple(() =>
        {
            Assert.That(page, Does.Contain("\nreleased: \"1968-03\"\n").And.Contain("\nyear: 1968\n"));
            Assert.That(page, Does.Contain("decades:\n- \"1960s\"\n"));
            Assert.That(page, Does.Contain("| Released | 1968-03 |"));
        });
    }

    private static async Task<string> RenderAsync(int? year, string released)
    {
        using var harness = new RenderHarness("partial-date");
        var release = InMemoryDiscogsApi.SampleRelease(501) with { Year = year, Released = released };
        await harness.AddReleaseAsync(release);
        await harness.SetCollectionAsync(DiscogsFixtures.Copy(1, release.Id, Added));
        await harness.RenderAsync();
        var page = harness.Snapshot().Keys.Single(k => k.StartsWith("content/albums/", StringComparison.Ordinal) && k.EndsWith("/index.md", StringComparison.Ordinal));
        return harness.ReadText(page);
    }
}
