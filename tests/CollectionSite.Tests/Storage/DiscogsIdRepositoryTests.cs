using CollectionSite.Domain;
using CollectionSite.Storage;
using CollectionSite.Tests.Fakes;
using Microsoft.Data.Sqlite;

namespace CollectionSite.Tests.Storage;

/// <summary>Which id Discogs answered under: stored flat, the newest answer winning, found by every id that led to it.</summary>
public sealed class DiscogsIdRepositoryTests
{
    private static readonly DateTimeOffset Now = new(2025, 1, 2, 3, 4, 5, TimeSpan.Zero);
    private string folder = string.Empty;
    private StateDatabase database = null!;

    [SetUp]
    public void SetUp()
    {
        folder = TestPaths.NewScratchFolder("discogs-ids");
        database = new StateDatabase(folder);
    }

    [TearDown]
    public void TearDown()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Test]
    public async Task SaveAsync_MergedTwiceThenItselfAgain_ChainStaysFlatAndNewestAnswerWins()
    {
        var releases = new ReleaseRepository(database);
        var ids = new DiscogsIdRepository(database);

        await releases.SaveAsync(301, Answer(302), "discogs.release", Now, CancellationToken.None);
        await releases.SaveAsync(302, Answer(303), "discogs.release", Now, CancellationToken.None);
        var chained = await ids.GetAnsweredAsync(DiscogsIdRepository.Release, CancellationToken.None);
        var byOldId = await releases.GetAsync(301, CancellationToken.None);
        await releases.SaveAsync(302, Answer(302), "discogs.release", Now, CancellationToken.None);
        var unmerged = await ids.GetAnsweredAsync(DiscogsIdRepository.Release, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(chained, Is.EqualTo(new Dictionary<long, long> { [301] = 303, [302] = 303 }));
            Assert.That(byOldId?.Id, Is.EqualTo(303));
            Assert.That(unmerged, Is.EqualTo(new Dictionary<long, long> { [301] = 303 }), "302 answers for itself again");
        });
    }

    [Test]
    public async Task SaveAsync_ArtistAskedByOldIdThenNotFound_OldIdNoLongerLeadsToTheOtherArtist()
    {
        var artists = new ArtistRepository(database);
        await artists.SaveAsync(601, new Fetched<Artist>(InMemoryDiscogsApi.SampleArtist(602), "{}"), Now, CancellationToken.None);
        var merged = await artists.GetAsync(601, CancellationToken.None);

        await artists.SaveAsync(601, null, Now, CancellationToken.None);
        var gone = await artists.GetAsync(601, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(merged?.Id, Is.EqualTo(602));
            Assert.That(gone, Is.Not.Null.And.Property(nameof(CachedEntry<Artist>.IsNotFound)).True);
            Assert.That(gone!.Id, Is.EqualTo(601));
        });
    }

    private static Fetched<Release> Answer(long id) => new(InMemoryDiscogsApi.SampleRelease(id), "{}");
}
