using System.Security.Cryptography;
using CollectionSite.Cli;
using CollectionSite.Storage;
using CollectionSite.Tests.Fakes;
using Microsoft.Data.Sqlite;
using Spectre.Console;

namespace CollectionSite.Tests.Reliability;

/// <summary>
/// A state database that is damaged (not a database, empty, truncated, random bytes over pages) or written by a newer
/// CollectionSite: every command that opens it refuses with one line that names the file and the fix (the newest backup,
/// by its real path), exits non-zero, and leaves the file byte for byte as it was: nothing repairs it by recreating it.
/// </summary>
[NonParallelizable]
[Category("Reliability")]
public sealed class DatabaseFaultsTests
{
    private static readonly string[][] Commands =
    [
        ["build", "--demo"],
        ["status", "--demo"],
        ["stats", "--demo"],
        ["backup", "--demo"],
        ["export", "--demo"],
    ];

    private string folder = string.Empty;
    private byte[] sound = [];

    [OneTimeSetUp]
    public async Task BuildSoundDatabase()
    {
        folder = TestPaths.NewScratchFolder("database-faults");
        var state = await DemoState.BuildAsync(folder);
        SqliteConnection.ClearAllPools();
        sound = await File.ReadAllBytesAsync(Path.Combine(DemoState.DatabaseFolder(state), StateDatabase.FileName));
    }

    [OneTimeTearDown]
    public void TearDown()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    public static IEnumerable<TestCaseData> Damage() =>
        from damage in new[] { "not-a-database", "empty", "truncated", "random-pages", "one-page-overwritten" }
        from command in Commands
        select new TestCaseData(damage, command).SetName($"AnyCommand_DamagedDatabase_RefusedUntouched({damage}, {command[0]})");

    [TestCaseSource(nameof(Damage))]
    public async Task AnyCommand_DamagedDatabase_RefusedUntouched(string damage, string[] command)
    {
        var (state, database, backup) = NewState(Damaged(damage));
        var before = Hash(database);

        var (exit, output, error) = await RunAsync(state, command);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.Not.Zero, output + error);
            Assert.That(error.Split('\n', StringSplitOptions.RemoveEmptyEntries), Has.Length.EqualTo(1), error);
            Assert.That(error, Does.Contain($"The state database '{database}' is damaged").And.Contain($"copy '{backup}' over '{database}'"));
            Assert.That(output + error, Does.Not.Contain("   at "));
            Assert.That(Hash(database), Is.EqualTo(before), "the damaged file is never replaced or modified");
            Assert.That(Directory.GetFiles(Path.GetDirectoryName(backup)!), Is.EqualTo(new[] { backup }), "no backup was added or pruned");
        });
    }

    [TestCase("not-a-database")]
    [TestCase("empty")]
    [TestCase("random-pages")]
    public async Task Doctor_DamagedDatabase_FailLineWithTheRestoreFix(string damage)
    {
        var (state, database, backup) = NewState(Damaged(damage));
        var before = Hash(database);

        var (exit, output, _) = await RunAsync(state, ["doctor"], demo: false);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(1));
            Assert.That(output, Does.Contain($"FAIL state database: {database}").And.Contain($"copy '{backup}' over '{database}'"));
            Assert.That(Hash(database), Is.EqualTo(before));
        });
    }

    [Test]
    public async Task Build_DamagedDatabaseWithoutBackup_SaysSoAndHowToStartOver()
    {
        var (state, database, backup) = NewState(Damaged("not-a-database"));
        File.Delete(backup);

        var (exit, _, error) = await RunAsync(state, ["build", "--demo"]);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(1));
            Assert.That(error, Does.Contain("No backup was found in").And.Contain("move the damaged file aside"));
            Assert.That(File.Exists(database));
        });
    }

    [TestCase("build")]
    [TestCase("status")]
    [TestCase("backup")]
    public async Task AnyCommand_NewerSchema_RefusedUntouchedWithTheFix(string command)
    {
        var (state, database, backup) = NewState(sound);
        await using (var connection = new SqliteConnection($"Data Source={database};Pooling=False"))
        {
            await connection.OpenAsync();
            await connection.ExecuteAsync("PRAGMA user_version = 999;", CancellationToken.None);
        }

        var before = Hash(database);
        var (exit, output, error) = await RunAsync(state, [command, "--demo"]);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(1), output + error);
            Assert.That(error.Split('\n', StringSplitOptions.RemoveEmptyEntries), Has.Length.EqualTo(1), error);
            Assert.That(error, Does.Contain("written by a newer CollectionSite (schema 999").And.Contain("Update CollectionSite").And.Contain(backup));
            Assert.That(Hash(database), Is.EqualTo(before));
        });
    }

    [Test]
    public async Task Doctor_NewerSchema_FailLineWithTheFix()
    {
        var (state, database, backup) = NewState(sound);
        await using (var connection = new SqliteConnection($"Data Source={database};Pooling=False"))
        {
            await connection.OpenAsync();
            await connection.ExecuteAsync("PRAGMA user_version = 999;", CancellationToken.None);
        }

        var before = Hash(database);
        var (exit, output, _) = await RunAsync(state, ["doctor", "--demo"]);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(1), output);
            Assert.That(output, Does.Contain($"FAIL state database: {database} was written by a newer CollectionSite (schema 999").And.Contain("Update CollectionSite").And.Contain(backup));
            Assert.That(Hash(database), Is.EqualTo(before));
        });
    }

    private byte[] Damaged(string damage)
    {
        var bytes = (byte[])sound.Clone();
        var random = new Random(20261130);
        switch (damage)
        {
            case "not-a-database":
                return System.Text.Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("These are my notes, not a database.\n", 200)));
            case "empty":
                return [];
            case "truncated":
                return bytes[..(bytes.Length / 2)];
            case "random-pages":
                // Random bytes over every page but the first: the header still says SQLite, the b-trees are noise.
                random.NextBytes(bytes.AsSpan(4096));
                return bytes;
            default:
                // One page in the middle overwritten: the file opens and most queries work; the integrity check does not pass.
                random.NextBytes(bytes.AsSpan((bytes.Length / 4096 / 2) * 4096, 4096));
                return bytes;
        }
    }

    /// <summary>A state folder holding <paramref name="database"/> and one sound backup in the default backups folder.</summary>
    private (string State, string Database, string Backup) NewState(byte[] database)
    {
        var state = Path.Combine(folder, Guid.NewGuid().ToString("N"));
        var demo = DemoState.DatabaseFolder(state);
        var backups = Path.Combine(demo, "backups");
        Directory.CreateDirectory(backups);
        var backup = Path.Combine(backups, "collectionsite-20261129-031500.db");
        File.WriteAllBytes(backup, sound);
        var file = Path.Combine(demo, StateDatabase.FileName);
        File.WriteAllBytes(file, database);
        return (state, file, backup);
    }

    private static async Task<(int Exit, string Output, string Error)> RunAsync(string state, string[] args, bool demo = true)
    {
        SqliteConnection.ClearAllPools();
        using var written = new StringWriter();
        using var error = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(written), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });
        console.Profile.Width = 4000;
        var output = args[0] == "build" ? new[] { "--output", Path.Combine(state, "site") } : [];
        var stateArgs = demo ? [.. output, "--state", state] : new[] { "--state", DemoState.DatabaseFolder(state) };
        var exit = await CliApplication.RunAsync([.. args, .. stateArgs], console, error, CancellationToken.None);
        SqliteConnection.ClearAllPools();
        return (exit, written.ToString(), error.ToString());
    }

    private static string Hash(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
}
