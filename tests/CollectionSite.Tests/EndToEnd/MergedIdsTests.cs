using System.Globalization;
using CollectionSite.Pipeline;
using CollectionSite.Storage;
using CollectionSite.Tests.Fakes;

namespace CollectionSite.Tests.EndToEnd;

/// <summary>
/// Discogs merges duplicates: asking for an old id answers the surviving record under its own id. Whichever id
/// referred to it, a release, master or artist is one record, one page, fetched once.
/// </summary>
[NonParallelizable]
public sealed class MergedIdsTests
{
    private const long R0 = FakeDiscogsData.FirstReleaseId;
    private const long R1 = R0 + 1;
    private const long M0 = FakeDiscogsData.FirstMasterId;
    private const long M1 = M0 + 1;
    private const long A0 = FakeDiscogsData.FirstArtistId;
    private const long A1 = A0 + 1;

    /// <summary>The id release <see cref="R0"/> answers under in the merged-release tests.</summary>
    private const long Merged = 9_100_302;

    /// <summary>The example: release 301 owned, GET /releases/301 answers "id": 302.</summary>
    [Test]
    public async Task Build_OwnedReleaseAnswersUnderNewId_PublishedMappingStoredNotFetchedAgain()
    {
        await using var site = await StartWithMergedRelease("merged-release", releases: 1);

        var first = await site.BuildAsync();
        var second = await site.BuildAsync();

        var pages = site.AlbumPages();
        Assert.Multiple(async () =>
        {
            Assert.That(first.Outcome, Is.EqualTo(RunOutcome.Completed), first.Message);
            Assert.That(first.OpenFailures, Is.Empty);
            Assert.That(pages.Keys, Is.EqualTo(new[] { Id(Merged) }), "the owned copy is published, under the id Discogs answered with");
            Assert.That(await Answered(site, DiscogsIdRepository.Release), Is.EqualTo(new Dictionary<long, long> { [R0] = Merged }));
            Assert.That(site.Requests("/releases/"), Is.EqualTo(1), "fetched once, not again on the next run");
            Assert.That(second.Stages.Single(s => s.Stage == "Fetch release details").Processed, Is.Zero);
        });
    }

    [Test]
    public async Task Build_MergedReleaseLaterAnswers404_OnePageSayingItIsGone()
    {
        await using var site = await StartWithMergedRelease("merged-then-gone", releases: 1);
        await site.BuildAsync();
        site.Data.RemoveRelease(R0);

        await site.BuildAsync(new RunOptions(Refresh: new HashSet<DataSource> { DataSource.Discogs }));

        var pages = site.AlbumPages();
        Assert.Multiple(() =>
        {
            Assert.That(pages.Keys, Is.EqualTo(new[] { Id(Merged) }), "the answered release's page, not a second one from the listing");
            Assert.That(pages[Id(Merged)], Does.Contain("no longer on Discogs").And.Contain("\ncopies: 1\n"));
        });
    }

    [Test]
    public async Task Build_MergedReleaseSkippedByTheIdItsPageShows_NotFetchedAgainOnRefresh()
    {
        await using var site = await StartWithMergedRelease("merged-skipped", releases: 2);
        await site.BuildAsync();
        await new SkipListRepository(site.Database).AddAsync(Merged, "skipped by the id the page shows", DateTimeOffset.UnixEpoch, CancellationToken.None);
        var before = site.Requests($"/releases/{Id(R0)}");

        await site.BuildAsync(new RunOptions(Refresh: new HashSet<DataSource> { DataSource.Discogs }));

        Assert.Multiple(() =>
        {
            Assert.That(site.Requests($"/releases/{Id(R0)}"), Is.EqualTo(before), "the skipped release is not asked for again");
            Assert.That(site.AlbumPages().Keys, Does.Not.Contain(Id(Merged)));
        });
    }

    [Test]
    public async Task Build_TwoOwnedIdsOfOneRelease_OnePageWithBothCopiesSecondIdNeverFetched()
    {
        var data = FakeDiscogsData.Generate(3, 3, 3, withoutMasterShare: 0);
        data.SetRelease(R0, data.Release(R1)!);
        await using var site = await FakeDiscogsSite.StartAsync("merged-owned-twice", data);

        var summary = await site.BuildAsync();

        var pages = site.AlbumPages();
        Assert.Multiple(() =>
        {
            Assert.That(summary.OpenFailures, Is.Empty);
            Assert.That(pages.Keys, Is.EquivalentTo(new[] { Id(R1), Id(R1 + 1) }));
            Assert.That(pages[Id(R1)], Does.Contain("\ncopies: 2\n"));
            Assert.That(site.Requests($"/releases/{Id(R1)}"), Is.Zero, "the newer copy's answer already was release R1");
        });
    }

    [Test]
    public async Task Build_MasterAnswersUnderAnotherReleasesMaster_OneRecordFetchedOnce()
    {
        var data = FakeDiscogsData.Generate(3, 3, 3, withoutMasterShare: 0);
        data.SetMaster(M0, data.Master(M1)!);
        await using var site = await FakeDiscogsSite.StartAsync("merged-master", data);

        await site.BuildAsync();

        var pages = site.AlbumPages();
        var masters = await new MasterRepository(site.Database).GetAllAsync(CancellationToken.None);
        Assert.Multiple(() =>
        {
            Assert.That(site.Requests($"/masters/{Id(M1)}"), Is.Zero, "M1 was known once M0 answered with it");
            Assert.That(masters[M0].Id, Is.EqualTo(M1));
            Assert.That(masters.Values.Select(m => m.Id).Distinct(), Is.EquivalentTo(new[] { M1, M1 + 1 }), "one record per master");
            Assert.That(pages[Id(R0)], Does.Contain($"\nmaster_id: \"{Id(M1)}\"\n"));
            Assert.That(pages[Id(R1)], Does.Contain($"\nmaster_id: \"{Id(M1)}\"\n"));
        });
    }

    [Test]
    public async Task Build_ArtistAnswersUnderAnotherCreditedArtist_OneTermPageFetchedOnce()
    {
        var data = FakeDiscogsData.Generate(3, 3, 3, withoutMasterShare: 0);
        data.SetArtist(A0, data.Artist(A1)!);
        await using var site = await FakeDiscogsSite.StartAsync("merged-artist", data);

        await site.BuildAsync();

        var artists = site.TermPages("artists");
        Assert.Multiple(() =>
        {
            Assert.That(site.Requests($"/artists/{Id(A1)}"), Is.Zero, "A1 was known once A0 answered with it");
            Assert.That(artists, Has.Count.EqualTo(2), "A0 and A1 are one artist: one page, plus A2's");
            Assert.That(artists.Values.Count(p => p.Contains($"discogs_id: \"{Id(A1)}\"", StringComparison.Ordinal)), Is.EqualTo(1));
            Assert.That(artists.Values, Has.None.Contain($"discogs_id: \"{Id(A0)}\""));
        });
    }

    /// <summary>A collection of <paramref name="releases"/> in which GET /releases/R0 answers under <see cref="Merged"/>.</summary>
    private static Task<FakeDiscogsSite> StartWithMergedRelease(string purpose, int releases)
    {
        var data = FakeDiscogsData.Generate(releases, releases, releases, withoutMasterShare: 0);
        data.SetRelease(R0, FakeDiscogsSite.WithId(data.Release(R0)!, Merged));
        return FakeDiscogsSite.StartAsync(purpose, data);
    }

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    private static async Task<IReadOnlyDictionary<long, long>> Answered(FakeDiscogsSite site, string kind) =>
        await new DiscogsIdRepository(site.Database).GetAnsweredAsync(kind, CancellationToken.None);
}
