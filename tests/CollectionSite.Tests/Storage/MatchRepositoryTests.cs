using CollectionSite.Domain;
using CollectionSite.Domain.Enrichment;
using CollectionSite.Storage;
using CollectionSite.Tests.Fakes;
using Microsoft.Data.Sqlite;

namespace CollectionSite.Tests.Storage;

/// <summary>enrichment_matches round trips: the kept fields, the raw JSON, candidates, and any id of a merged record.</summary>
public sealed class MatchRepositoryTests
{
    private string folder = string.Empty;
    private StateDatabase database = null!;

    [SetUp]
    public void SetUp()
    {
        folder = TestPaths.NewScratchFolder("matches");
        database = new StateDatabase(folder);
    }

    [TearDown]
    public void TearDown()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Test]
    public async Task SaveAsync_MatchedAppleAlbum_ReadsBackEqualWithRawJsonAndModelWithout()
    {
        var repository = new MatchRepository<AppleMusicAlbum>(database, MatchTables.AppleMusic);
        var album = EnrichmentSamples.BornToRun();
        var decision = EnrichmentSamples.Matched(album, "barcode", 1, new MatchCandidate("310730204", "Born to Run", "Bruce Springsteen", 1));

        await repository.SaveAsync(42, decision, CancellationToken.None);
        var read = await repository.GetAsync(42, CancellationToken.None);
        var (model, raw) = await ColumnsAsync("apple", 42);

        Assert.Multiple(() =>
        {
            Assert.That(read, Is.Not.Null);
            Assert.That(read!.Match, Is.EqualTo(album).Using<AppleMusicAlbum>(SameAlbum));
            Assert.That(read with { Match = null, Candidates = [] }, Is.EqualTo(decision with { Match = null, Candidates = [] }));
            Assert.That(read.Candidates, Is.EqualTo(decision.Candidates));
            Assert.That(raw, Is.EqualTo(album.RawJson));
            Assert.That(model, Does.Contain("\"editorial_notes\"").And.Contain("\"raw_json\":\"\""), "model_json keeps the fields, not the raw answer");
        });
    }

    [Test]
    public async Task SaveAsync_NoMatchThenMatch_ReplacesTheDecision()
    {
        var repository = new MatchRepository<WikipediaArticle>(database, MatchTables.Wikipedia);
        await repository.SaveAsync(7, EnrichmentSamples.NoMatch<WikipediaArticle>(new MatchCandidate("Tool", "Tool", string.Empty, 0.4)), CancellationToken.None);

        await repository.SaveAsync(7, EnrichmentSamples.Matched(EnrichmentSamples.Physics(), "search", 0.91), CancellationToken.None);

        var all = await repository.GetAllAsync(CancellationToken.None);
        Assert.Multiple(() =>
        {
            Assert.That(all.Keys, Is.EqualTo(new long[] { 7 }));
            Assert.That((all[7].State, all[7].Method, all[7].Match!.Thumbnail!.Width), Is.EqualTo((MatchState.Matched, "search", 320)));
        });
    }

    [Test]
    public void SaveAsync_MatchedWithoutAMatch_Refused()
    {
        var repository = new MatchRepository<SpotifyAlbum>(database, MatchTables.Spotify);
        var broken = new MatchDecision<SpotifyAlbum>(MatchState.Matched, "search", 0.9, [], null, EnrichmentSamples.Decided);

        Assert.ThrowsAsync<ArgumentException>(() => repository.SaveAsync(1, broken, CancellationToken.None));
    }

    [Test]
    public async Task GetAsync_ByAnIdDiscogsMergedIntoTheStoredOne_FindsIt()
    {
        // Release 301 was asked for and answered as 302: the decision is stored under 302, the page's id.
        await new ReleaseRepository(database).SaveAsync(301, new Fetched<Release>(InMemoryDiscogsApi.SampleRelease(302), "{}"), "discogs.release", EnrichmentSamples.Decided, CancellationToken.None);
        var repository = new MatchRepository<SpotifyAlbum>(database, MatchTables.Spotify);
        await repository.SaveAsync(302, EnrichmentSamples.Matched(EnrichmentSamples.LyckligaGatan(), "barcode", 1), CancellationToken.None);

        var byAsked = await repository.GetAsync(301, CancellationToken.None);
        var other = await repository.GetAsync(303, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(byAsked?.Match?.Id, Is.EqualTo("5CCjGmIH483h4J9UvME0eR"));
            Assert.That(other, Is.Null);
        });
    }

    [TestCase(null, null, MatchStatus.Pending)]
    [TestCase(MatchState.Matched, null, MatchStatus.Pending)]
    [TestCase(null, ItemStatus.Done, MatchStatus.Pending)]
    [TestCase(MatchState.Matched, ItemStatus.Done, MatchStatus.Matched)]
    [TestCase(MatchState.NoMatch, ItemStatus.Done, MatchStatus.NoMatch)]
    [TestCase(MatchState.Skipped, ItemStatus.Done, MatchStatus.Skipped)]
    [TestCase(MatchState.Matched, ItemStatus.Failed, MatchStatus.Failed)]
    [TestCase(null, ItemStatus.DeadLetter, MatchStatus.DeadLetter)]
    public void MatchStatuses_Of_DecisionAndProgress_OneStatus(MatchState? decided, ItemStatus? progress, MatchStatus expected) =>
        Assert.That(MatchStatuses.Of(decided, progress), Is.EqualTo(expected));

    private static bool SameAlbum(AppleMusicAlbum left, AppleMusicAlbum right) =>
        left with { GenreNames = [] } == right with { GenreNames = [] } && left.GenreNames.SequenceEqual(right.GenreNames);

    private async Task<(string? Model, string? Raw)> ColumnsAsync(string source, long itemId)
    {
        await using var connection = await database.OpenAsync(CancellationToken.None);
        var rows = await connection.QueryAsync(
            "SELECT model_json, raw_json FROM enrichment_matches WHERE source = $source AND item_id = $id",
            r => (r.GetNullableString(0), r.GetNullableString(1)),
            CancellationToken.None,
            null,
            ("$source", source),
            ("$id", itemId));
        return rows.Single();
    }
}
