using System.Globalization;
using CollectionSite.Cli;
using CollectionSite.Storage;
using CollectionSite.Tests.Fakes;
using Microsoft.Data.Sqlite;
using Spectre.Console;

namespace CollectionSite.Tests.Reliability;

/// <summary>
/// A state database as every older release left it (migrations 1..N applied, rows a user of that release had): the
/// current build migrates it to the newest schema, keeps every row of every table that still exists, passes the
/// integrity and foreign-key checks, and runs a command on it.
/// </summary>
[NonParallelizable]
[Category("Reliability")]
public sealed class DatabaseFaultsMigrationTests
{
    private const string Seen = "2025-06-01T10:00:00.000Z";
    private string folder = string.Empty;

    /// <summary>Every schema older than the newest one.</summary>
    public static IEnumerable<int> OlderSchemas() => Migrator.Available.Select(m => m.Version).Where(v => v < Migrator.Available[^1].Version);

    [SetUp]
    public void SetUp() => folder = TestPaths.NewScratchFolder("older-schema");

    [TearDown]
    public void TearDown()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [TestCaseSource(nameof(OlderSchemas))]
    public async Task Open_DatabaseFromOlderSchema_MigratedWithEveryRowKeptAndRuns(int schema)
    {
        var state = Path.Combine(folder, "state");
        var databaseFolder = DemoState.DatabaseFolder(state);
        Directory.CreateDirectory(databaseFolder);
        var file = Path.Combine(databaseFolder, StateDatabase.FileName);
        var before = await WriteOlderDatabaseAsync(file, schema);

        await using (var connection = await new StateDatabase(databaseFolder).OpenAsync(CancellationToken.None))
        {
            var version = Convert.ToInt32(await connection.ScalarAsync("PRAGMA user_version;", CancellationToken.None), CultureInfo.InvariantCulture);
            var after = await RowCountsAsync(connection);
            var kept = before.Where(t => after.ContainsKey(t.Key)).ToDictionary(t => t.Key, t => after[t.Key]);
            var foreignKeys = await connection.ScalarAsync("SELECT count(*) FROM pragma_foreign_key_check;", CancellationToken.None);
            var note = await connection.ScalarAsync("SELECT value FROM meta WHERE key = 'older-release';", CancellationToken.None);
            Assert.Multiple(() =>
            {
                Assert.That(version, Is.EqualTo(Migrator.Available[^1].Version));
                Assert.That(kept, Is.EqualTo(before.Where(t => after.ContainsKey(t.Key)).ToDictionary()), "rows per table");
                Assert.That(kept["collection_items"], Is.EqualTo(2));
                Assert.That(note, Is.EqualTo($"schema {schema}"));
                Assert.That(foreignKeys, Is.Zero);
            });
        }

        SqliteConnection.ClearAllPools();
        var (exit, output, error) = await RunAsync("status", "--demo", "--state", state);
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.Zero, output + error);
            Assert.That(StateSnapshot.IntegrityCheck(file), Is.EqualTo("ok"));
        });
    }

    /// <summary>Applies migrations 1..<paramref name="schema"/> as that release did and stores what its user had; returns rows per table.</summary>
    private static async Task<Dictionary<string, long>> WriteOlderDatabaseAsync(string file, int schema)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString());
        await connection.OpenAsync();
        await connection.ExecuteAsync("PRAGMA journal_mode = WAL;", CancellationToken.None);
        foreach (var (version, name) in Migrator.Available.Where(m => m.Version <= schema))
        {
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
            await connection.ExecuteAsync(ReadMigration(name), CancellationToken.None, transaction);
            await connection.ExecuteAsync($"PRAGMA user_version = {version};", CancellationToken.None, transaction);
            await transaction.CommitAsync();
        }

        // Tables and columns of the first schema, which every later one keeps: an owned copy listed, one removed, a run, a setting.
        await connection.ExecuteAsync(
            $"""
            INSERT INTO collection_items (instance_id, release_id, folder_id, date_added, first_seen_utc) VALUES (1, 100, 1, '{Seen}', '{Seen}');
            INSERT INTO collection_items (instance_id, release_id, folder_id, date_added, first_seen_utc, removed_utc) VALUES (2, 200, 1, '{Seen}', '{Seen}', '{Seen}');
            INSERT INTO runs (command, started_utc, ended_utc, outcome) VALUES ('harvest', '{Seen}', '{Seen}', 'completed');
            INSERT INTO meta (key, value) VALUES ('older-release', 'schema {schema}');
            INSERT INTO artists (artist_id, status, name, raw_json, model_json, fetched_utc) VALUES (45, 'not_found', NULL, NULL, NULL, '{Seen}');
            """,
            CancellationToken.None);
        return await RowCountsAsync(connection);
    }

    private static async Task<Dictionary<string, long>> RowCountsAsync(SqliteConnection connection)
    {
        var tables = new List<string>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name;";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            counts[table] = Convert.ToInt64(await connection.ScalarAsync($"SELECT count(*) FROM \"{table}\";", CancellationToken.None), CultureInfo.InvariantCulture);
        }

        return counts;
    }

    private static string ReadMigration(string resourceName)
    {
        using var stream = typeof(StateDatabase).Assembly.GetManifestResourceStream(resourceName)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        using var written = new StringWriter();
        using var error = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(written), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });
        var exit = await CliApplication.RunAsync(args, console, error, CancellationToken.None);
        SqliteConnection.ClearAllPools();
        return (exit, written.ToString(), error.ToString());
    }
}
