using CollectionSite.Pipeline;
using CollectionSite.Storage;
using CollectionSite.Tests.Fakes;
using Microsoft.Data.Sqlite;

namespace CollectionSite.Tests.Storage;

/// <summary>Migration 003 on a state database written by the previous version (schema 2).</summary>
public sealed class SourcesMigrationTests
{
    private const string Fetched = "2025-06-01T10:00:00.000Z";
    private string folder = string.Empty;

    [SetUp]
    public async Task SetUp()
    {
        folder = TestPaths.NewScratchFolder("migration-003");
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, StateDatabase.FileName), Pooling = false }.ToString());
        await connection.OpenAsync();
        foreach (var script in new[] { "001_initial.sql", "002_rendering.sql" })
        {
            await connection.ExecuteAsync(ReadMigration(script), CancellationToken.None);
        }

        await connection.ExecuteAsync(
            $"""
            PRAGMA user_version = 2;
            INSERT INTO release_stage (release_id, stage, status, attempts, last_error, next_attempt_utc, input_hash, updated_utc) VALUES
                (100, 'discogs.release', 'done', 0, NULL, NULL, NULL, '{Fetched}'),
                (300, 'discogs.release', 'not_found', 0, NULL, NULL, NULL, '{Fetched}'),
                (100, 'discogs.master', 'failed', 3, '502 Bad Gateway', '2025-06-02T10:00:00.000Z', NULL, '{Fetched}'),
                (100, 'discogs.artists', 'done', 0, NULL, NULL, NULL, '{Fetched}'),
                (400, 'discogs.artists', 'failed', 1, 'timeout', '2025-06-02T10:00:00.000Z', NULL, '{Fetched}');
            INSERT INTO artists (artist_id, status, name, raw_json, model_json, fetched_utc) VALUES
                (45, 'ok', 'Artist 45', '[]', NULL, '{Fetched}'),
                (46, 'not_found', NULL, NULL, NULL, '2025-06-03T10:00:00.000Z');
            INSERT INTO collection_items (instance_id, release_id, folder_id, date_added, first_seen_utc) VALUES (1, 100, 1, '{Fetched}', '{Fetched}');
            INSERT INTO runs (command, started_utc, ended_utc, outcome) VALUES ('harvest', '{Fetched}', '{Fetched}', 'completed');
            INSERT INTO meta (key, value) VALUES ('discogs.refresh_after_utc', '{Fetched}');
            """,
            CancellationToken.None);
    }

    [TearDown]
    public void TearDown()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Test]
    public async Task Open_PerReleaseRows_KeptUnderTheirShippedStageKeys()
    {
        var progress = new StageProgressRepository(new StateDatabase(folder));

        var release = await progress.GetProgressAsync("discogs.release", CancellationToken.None);
        var master = await progress.GetProgressAsync("discogs.master", CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(release[100].Status, Is.EqualTo(ItemStatus.Done));
            Assert.That(release[300].Status, Is.EqualTo(ItemStatus.NotFound));
            Assert.That((master[100].Status, master[100].Attempts), Is.EqualTo((ItemStatus.Failed, 3)));
        });
    }

    [Test]
    public async Task Open_ArtistRows_BecomeOnePerCachedArtistDoneAsOfItsFetch()
    {
        var progress = new StageProgressRepository(new StateDatabase(folder));

        var artists = await progress.GetProgressAsync("discogs.artists", CancellationToken.None);
        var failures = await progress.GetFailuresAsync(CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(artists.Keys, Is.EquivalentTo(new long[] { 45, 46 }), "release-keyed rows are gone");
            Assert.That(artists.Values.Select(a => a.Status), Has.All.EqualTo(ItemStatus.Done));
            Assert.That(artists[46].UpdatedUtc, Is.EqualTo(new DateTimeOffset(2025, 6, 3, 10, 0, 0, TimeSpan.Zero)));
            Assert.That(failures.Select(f => f.Stage), Is.EqualTo(new[] { "discogs.master" }));
        });
    }

    [Test]
    public async Task Open_PendingDiscogsRefreshAndOldRuns_Kept()
    {
        var database = new StateDatabase(folder);

        var refresh = await SourceRefresh.RecordAndReadAsync(new MetaRepository(database), null, DateTimeOffset.UnixEpoch, CancellationToken.None);
        var run = await new RunRepository(database).GetLatestAsync(CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(refresh[DataSource.Discogs], Is.EqualTo(new DateTimeOffset(2025, 6, 1, 10, 0, 0, TimeSpan.Zero)));
            Assert.That(run, Is.EqualTo(new RunRecord(1, "harvest", "completed", null)));
        });
    }

    private static string ReadMigration(string name)
    {
        using var stream = typeof(StateDatabase).Assembly.GetManifestResourceStream("Migrations." + name)
            ?? throw new InvalidOperationException($"Missing embedded migration {name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
