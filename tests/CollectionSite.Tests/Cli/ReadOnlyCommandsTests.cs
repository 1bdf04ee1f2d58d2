using System.Text;
using System.Text.Json;
using CollectionSite.Cli;
using CollectionSite.Domain.Enrichment;
using CollectionSite.Export;
using CollectionSite.Hosting;
using CollectionSite.Storage;
using CollectionSite.Tests.Demo;
using CollectionSite.Tests.Fakes;
using CollectionSite.Tests.Stages.Enrichment;
using CsvHelper;
using Microsoft.Data.Sqlite;
using Spectre.Console;

namespace CollectionSite.Tests.Cli;

/// <summary>
/// `status`, `export` and `backup` on the demo collection built for real (plus an Apple Music match for Homogenic):
/// their output on a known dataset, and that they work while a run holds the state folder, where a second build stops at once.
/// </summary>
[NonParallelizable]
public sealed class ReadOnlyCommandsTests
{
    private const long Homogenic = 1048219;
    private const long EthioJazz = 21573286;
    private const long Zorba = 990000109;
    private string folder = string.Empty;
    private string state = string.Empty;

    [OneTimeSetUp]
    public async Task SetUp()
    {
        folder = TestPaths.NewScratchFolder("read-only-commands");
        state = await DemoState.BuildAsync(folder);
        var database = new StateDatabase(DemoState.DatabaseFolder(state));
        var apple = new MatchRepository<AppleMusicAlbum>(database, MatchTables.AppleMusic);
        await new StageProgressRepository(database).FinishAsync(new StageItem("apple.release", ItemKinds.Release, Homogenic), ItemStatus.Done, (s, t) => apple.SaveAsync(s, Homogenic,
            EnrichmentSamples.Matched(EnrichmentWorld.AppleAlbum("1001", "Homogenic", "Björk", null), "search", 0.93), t), TestClock.Start, CancellationToken.None);
    }

    [OneTimeTearDown]
    public void TearDown()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Test]
    public async Task Status_Redirected_PlainCountsPerStageWithoutControlSequences()
    {
        var releases = DemoData.Collection().Select(c => c.ReleaseId).Distinct().Count();

        var (exit, output, error) = await Run("status");

        var lines = output.Split('\n').Select(l => l.TrimEnd()).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.Zero, error);
            Assert.That(lines, Does.Contain($"Collection: {DemoData.Collection().Count} copies of {releases} releases; 0 skipped."));
            Assert.That(lines, Does.Contain($"  Fetch release details [discogs.release, Discogs]: {releases} items: {releases} done, 0 not found, 0 pending, 0 failed, 0 dead letters"));
            Assert.That(lines, Has.Some.StartsWith($"  Match Apple Music [apple.release, Apple Music]: {releases} items: 1 done, 0 not found, {releases - 1} pending").And.Contains("1 matched, 0 no-match, 0 skipped"));
            Assert.That(lines, Does.Contain("Retry queue: empty.").And.Contain("Dead letters: none."));
            Assert.That(lines, Has.Some.Matches(@"^  #1 build, started .*, ended .*: completed$"));
            Assert.That(lines, Has.Some.StartsWith("Next run: "));
            Assert.That(output.Contains('\u001b', StringComparison.Ordinal), Is.False, "no control sequence");
            Assert.That(output, Does.Not.Contain("│"), "no table");
        });
    }

    [Test]
    public async Task Status_Json_ParsesBackWithTheSameCounts()
    {
        var (exit, output, _) = await Run("status", "--json");

        using var json = JsonDocument.Parse(output);
        var stages = json.RootElement.GetProperty("stages").EnumerateArray().ToDictionary(s => s.GetProperty("key").GetString()!);
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.Zero);
            Assert.That(json.RootElement.GetProperty("collection").GetProperty("copies").GetInt32(), Is.EqualTo(DemoData.Collection().Count));
            Assert.That(stages["apple.release"].GetProperty("matches").GetProperty("matched").GetInt32(), Is.EqualTo(1));
            Assert.That(stages["apple.release"].GetProperty("notConfigured").GetString(), Is.EqualTo(CollectionSiteServices.DemoOffline));
            Assert.That(json.RootElement.GetProperty("lastRuns")[0].GetProperty("outcome").GetString(), Is.EqualTo("completed"));
        });
    }

    [Test]
    public async Task Status_Terminal_SpectreTables()
    {
        using var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.Yes, ColorSystem = ColorSystemSupport.Standard });
        console.Profile.Width = 200;

        var exit = await CliApplication.RunAsync(["status", "--demo", "--state", state], console, TextWriter.Null, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.Zero);
            Assert.That(output.ToString(), Does.Contain("Dead letters").And.Contain("Fetch release details").And.Contain("Per minute"));
            Assert.That(output.ToString(), Does.Not.Contain("[discogs.release, Discogs]"), "a table, not the plain lines");
        });
    }

    [Test]
    public async Task ExportCsv_ParsedBackByCsvHelper_UnicodeIntactBomAndCrlf()
    {
        var file = Path.Combine(folder, "collection.csv");

        var (exit, output, error) = await Run("export", "--format", "csv", "--output", file);

        var bytes = await File.ReadAllBytesAsync(file);
        var (rows, copiesPerRelease) = ReadCsv(bytes);
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.Zero, error);
            Assert.That(output, Does.Contain($"Exported {DemoData.Collection().Count} copies"));
            Assert.That(bytes.Take(3), Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }));
            Assert.That(Encoding.UTF8.GetString(bytes).Split("\r\n").Length - 1, Is.EqualTo(DemoData.Collection().Count + 1), "header and one CRLF-ended record per copy");
            Assert.That(copiesPerRelease.Values.Sum(), Is.EqualTo(DemoData.Collection().Count), "one row per copy");
            Assert.That(rows[Homogenic]["artist"], Is.EqualTo("Björk"));
            Assert.That(rows[Homogenic]["title"], Is.EqualTo("Homogenic"));
            Assert.That(rows[Homogenic]["apple_music_url"], Is.EqualTo("https://music.apple.com/us/album/1001"));
            Assert.That(rows[Homogenic]["apple_music_status"], Is.EqualTo("matched"));
            Assert.That(rows[Homogenic]["spotify_status"], Is.EqualTo("pending"));
            Assert.That(rows[EthioJazz]["title"], Is.EqualTo(DemoData.Release(EthioJazz).Title).And.Contains("エチオ・ジャズ"));
            Assert.That(rows[Zorba]["title"], Is.EqualTo("Ζορμπάς"));
            Assert.That(rows[Zorba]["artist"], Is.EqualTo("Μίκης Θεοδωράκης"));
        });
    }

    [Test]
    public async Task ExportJson_ParsesBackWithEveryCopy()
    {
        var file = Path.Combine(folder, "collection.json");

        var (exit, _, error) = await Run("export", "--format", "json", "--output", file);

        var rows = JsonExport.Read(await File.ReadAllTextAsync(file));
        var homogenic = rows.Single(r => r.ReleaseId == Homogenic);
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.Zero, error);
            Assert.That(rows.Select(r => r.InstanceId), Is.EquivalentTo(DemoData.Collection().Select(c => c.InstanceId)));
            Assert.That(homogenic.Artist, Is.EqualTo("Björk"));
            Assert.That(homogenic.AppleMusicUrl, Is.EqualTo("https://music.apple.com/us/album/1001"));
            Assert.That(homogenic.Genres, Is.EqualTo(DemoData.Release(Homogenic).Genres));
            Assert.That(rows.Single(r => r.ReleaseId == Zorba).Title, Is.EqualTo("Ζορμπάς"));
            Assert.That(File.ReadAllText(file), Does.Contain("Björk"), "non-ASCII written as itself");
        });
    }

    [Test]
    public async Task ExportJson_AReleaseWithoutDetails_IsPartialLikeItsPage()
    {
        // A copy whose release details are not stored gets a page from the listing's summary marked partial; the export
        // must say the same, and a release with details must not.
        var backup = Path.Combine(folder, "partial-backup");
        Assert.That((await Run("backup", "--to", backup)).Exit, Is.Zero);
        var copy = Restore(StateBackup.List(backup)[0]);
        await using (var connection = new SqliteConnection($"Data Source={Path.Combine(copy, "demo", StateDatabase.FileName)};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var delete = connection.CreateCommand();
            delete.CommandText = $"DELETE FROM releases WHERE release_id = {Homogenic}";
            Assert.That(await delete.ExecuteNonQueryAsync(), Is.EqualTo(1));
        }

        var (exit, output, error) = await RunOn(copy, "export", "--format", "json");

        var rows = JsonExport.Read(output);
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.Zero, error);
            Assert.That(rows.Where(r => r.Partial).Select(r => r.ReleaseId), Is.EqualTo(new[] { Homogenic }));
            Assert.That(rows.Single(r => r.ReleaseId == Homogenic).Title, Is.EqualTo(DemoData.Release(Homogenic).Title), "from the listing's summary");
        });
    }

    [Test]
    public async Task Backup_KeepTwo_RestorableWithIntegrityOkAndOldestPruned()
    {
        var to = Path.Combine(folder, "backups");

        var runs = new List<(int Exit, string Output, string Error)>();
        for (var i = 0; i < 3; i++)
        {
            runs.Add(await Run("backup", "--keep", "2", "--to", to));
        }

        var kept = StateBackup.List(to);
        Assert.Multiple(() =>
        {
            Assert.That(runs.Select(r => r.Exit), Is.All.Zero, runs[0].Error);
            Assert.That(runs[0].Output, Does.Contain("Integrity check: ok").And.Contain("Backup: " + to));
            Assert.That(kept, Has.Count.EqualTo(2));
            Assert.That(runs[2].Output, Does.Contain("Deleted old backup: "));
            Assert.That(kept, Has.None.Matches<string>(path => runs[0].Output.Contains(path, StringComparison.Ordinal)), "the first backup was pruned");
        });

        var (restoredExit, restored, _) = await RunOn(Restore(kept[0]), "export", "--format", "json");
        Assert.That(restoredExit, Is.Zero);
        Assert.That(JsonExport.Read(restored).Count, Is.EqualTo(DemoData.Collection().Count));
        Assert.That(await StateBackup.IntegrityCheckAsync(kept[0], CancellationToken.None), Is.EqualTo("ok"));
    }

    [Test]
    public async Task WhileARunHoldsTheLock_ReadOnlyCommandsWorkAndASecondBuildStopsAtOnce()
    {
        using var held = StateLock.Acquire(DemoState.DatabaseFolder(state), "test");

        var status = await Run("status");
        var export = await Run("export", "--format", "csv", "--output", Path.Combine(folder, "while-locked.csv"));
        var backup = await Run("backup", "--to", Path.Combine(folder, "while-locked"));
        var build = await CliApplicationTests.Run("build", "--demo", "--state", state, "--output", Path.Combine(folder, "site"));

        Assert.Multiple(() =>
        {
            Assert.That(status.Exit, Is.Zero, status.Error);
            Assert.That(export.Exit, Is.Zero, export.Error);
            Assert.That(backup.Exit, Is.Zero, backup.Error);
            Assert.That(backup.Output, Does.Contain("Integrity check: ok"));
            Assert.That(build.Exit, Is.EqualTo(2));
            Assert.That(build.Error, Does.Contain("Another CollectionSite run is using the state folder"));
        });
    }

    /// <summary>The rows by release id (the last copy's), and how many rows each release has.</summary>
    private static (Dictionary<long, Dictionary<string, string>> Rows, Dictionary<long, int> Copies) ReadCsv(byte[] bytes)
    {
        using var reader = CsvReader.Create(bytes);
        var rows = new Dictionary<long, Dictionary<string, string>>();
        var copies = new Dictionary<long, int>();
        while (reader.Read())
        {
            var row = CsvExport.Columns.ToDictionary(c => c, c => reader.GetString(c));
            var id = long.Parse(row["release_id"], System.Globalization.CultureInfo.InvariantCulture);
            rows[id] = row;
            copies[id] = copies.GetValueOrDefault(id) + 1;
        }

        return (rows, copies);
    }

    /// <summary>A state folder whose database is the backup (the demo reads &lt;state&gt;/demo).</summary>
    private string Restore(string backup)
    {
        var restored = Path.Combine(folder, "restored-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(restored, "demo"));
        File.Copy(backup, Path.Combine(restored, "demo", StateDatabase.FileName));
        return restored;
    }

    private Task<(int Exit, string Output, string Error)> Run(params string[] args) => RunOn(state, args);

    private static async Task<(int Exit, string Output, string Error)> RunOn(string stateFolder, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });
        console.Profile.Width = 400;
        var exit = await CliApplication.RunAsync([.. args, "--demo", "--state", stateFolder], console, error, CancellationToken.None);
        return (exit, output.ToString(), error.ToString());
    }
}
