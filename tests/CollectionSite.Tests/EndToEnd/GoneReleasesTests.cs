using System.Globalization;
using System.Text.Json.Nodes;
using CollectionSite.Pipeline;
using CollectionSite.Storage;
using CollectionSite.Tests.Fakes;

namespace CollectionSite.Tests.EndToEnd;

/// <summary>
/// An owned release that Discogs answers 404 for is not lost without a word: its page is built from what is known
/// (the listing's basic_information, or details fetched before), the summary and the state name it, and a later
/// --refresh asks again.
/// </summary>
[NonParallelizable]
public sealed class GoneReleasesTests
{
    private const long Kept = FakeDiscogsData.FirstReleaseId;
    private const long Gone = Kept + 1;

    /// <summary>The example: releases 401 and 402 owned, GET /releases/402 answers 404.</summary>
    [Test]
    public async Task Build_OwnedReleaseAnswers404_PageFromListingNamedGoneCheckedAgainOnRefresh()
    {
        var data = FakeDiscogsData.Generate(2, 2, 2, withoutMasterShare: 0);
        var details = data.Release(Gone)!;
        var listed = JsonNode.Parse(data.CollectionSnapshot()[1])!["basic_information"]!;
        data.RemoveRelease(Gone);
        await using var site = await FakeDiscogsSite.StartAsync("gone-release", data);

        var first = await site.BuildAsync();
        var page = site.AlbumPages()[Id(Gone)];
        var state = await GoneInState(site);
        var again = await site.BuildAsync();
        var requestsBeforeRefresh = site.Requests($"/releases/{Id(Gone)}");
        data.SetRelease(Gone, details);
        var refreshed = await site.BuildAsync(new RunOptions(Refresh: new HashSet<DataSource> { DataSource.Discogs }));

        var year = listed["year"]!.GetValue<int>();
        Assert.Multiple(() =>
        {
            Assert.That(first.GoneFromDiscogs.Select(g => g.ReleaseId), Is.EqualTo(new[] { Gone }));
            Assert.That(first.GoneFromDiscogs[0].Listing?.Title, Is.EqualTo(listed["title"]!.GetValue<string>()));
            Assert.That(page, Does.Contain($"\ntitle: \"{listed["title"]}\"\n").And.Contain("\nartist: \"Generated Artist 1\"\n"));
            Assert.That(page, Does.Contain("\nartists:\n- ").And.Contain("\nlabels:\n- ").And.Contain("\nformats:\n- "));
            Assert.That(page, year > 0 ? Does.Contain($"\nyear: {year}\n") : Does.Not.Contain("\nyear:"));
            Assert.That(page, Does.Contain("no longer on Discogs"));
            Assert.That(state.Select(g => g.ReleaseId), Is.EqualTo(new[] { Gone }), "the state a status command reads");
            Assert.That(again.GoneFromDiscogs, Has.Count.EqualTo(1), "still named on every run");
            Assert.That(requestsBeforeRefresh, Is.EqualTo(1), "not asked again before --refresh");
            Assert.That(site.Requests($"/releases/{Id(Gone)}"), Is.EqualTo(2), "--refresh asks again");
            Assert.That(refreshed.GoneFromDiscogs, Is.Empty);
            Assert.That(site.AlbumPages()[Id(Gone)], Does.Contain("## Tracklist").And.Not.Contain("no longer on Discogs"));
        });
    }

    [Test]
    public async Task Build_FetchedReleaseAnswers404OnRefresh_PageKeepsStoredDetailsAndIsNamedGone()
    {
        var data = FakeDiscogsData.Generate(2, 2, 2, withoutMasterShare: 0);
        await using var site = await FakeDiscogsSite.StartAsync("gone-on-refresh", data);
        await site.BuildAsync();
        data.RemoveRelease(Gone);

        var summary = await site.BuildAsync(new RunOptions(Refresh: new HashSet<DataSource> { DataSource.Discogs }));

        var page = site.AlbumPages()[Id(Gone)];
        Assert.Multiple(() =>
        {
            Assert.That(summary.GoneFromDiscogs.Select(g => g.ReleaseId), Is.EqualTo(new[] { Gone }));
            Assert.That(page, Does.Contain("## Tracklist"), "the details fetched before are kept");
            Assert.That(page, Does.Contain("no longer on Discogs"));
            Assert.That(site.AlbumPages().Keys, Is.EquivalentTo(new[] { Id(Kept), Id(Gone) }));
        });
    }

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    private static Task<IReadOnlyList<GoneRelease>> GoneInState(FakeDiscogsSite site) =>
        new GoneReleaseRepository(site.Database, CollectionSite.Stages.Discogs.FetchReleaseDetails.Key).GetAsync(CancellationToken.None);
}
