using CollectionSite.Storage;
using CollectionSite.Tests.Fakes;
using Microsoft.Data.Sqlite;

namespace CollectionSite.Tests.EndToEnd;

/// <summary>
/// The real executable, as a user or a CI log sees it: an aborted run explains itself in one line on stderr
/// (stack traces only in the log file), and no configured secret reaches the console or the log file.
/// </summary>
[NonParallelizable]
[Category("Process")]
[Category("Kestrel")]
public sealed class RunErrorProcessTests
{
    private const string DiscogsToken = "tok-5c1d0e9a7b3f42aa";
    private const string SpotifySecret = "spotify-secret-0f9e8d7c6b5a";
    private const string AppleKey = "-----BEGIN PRIVATE KEY-----\nMIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQgFAKEKEYFAKEKEY\n-----END PRIVATE KEY-----";
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(2);
    private string folder = string.Empty;

    [SetUp]
    public void SetUp() => folder = TestPaths.NewScratchFolder("run-errors");

    [TearDown]
    public void TearDown()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Test]
    public async Task Build_TokenRejected_OneLineOnStderrAndRunRecordedAsAborted()
    {
        await using var server = await StartServer(serverToken: "the-server-wants-another-token");
        var state = Path.Combine(folder, "state");

        using var run = Start(server, state, "build");
        var exit = await run.WaitAsync(RunTimeout);
        var lines = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(1), run.Output + run.Error);
            Assert.That(lines, Has.Length.EqualTo(1), run.Error);
            Assert.That(run.Error, Does.Contain("401").And.Contain("Discogs:Token"));
            Assert.That(run.Error + run.Output, Does.Not.Contain("   at "));
            Assert.That(LastRunOutcome(state), Is.EqualTo("aborted"));
        });
    }

    [Test]
    public async Task Harvest_EverySecretSetVerboseWithFailures_NoSecretWrittenAnywhere()
    {
        await using var server = await StartServer(serverToken: DiscogsToken);
        server.Faults.Add(FakeDiscogsFault.Status(503), pathPrefix: "/releases/", times: 3);
        server.Faults.Add(FakeDiscogsFault.HtmlPage(), pathPrefix: "/masters/", times: 1);
        var secrets = Path.Combine(folder, "secrets.json");
        File.WriteAllText(secrets, System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, Dictionary<string, string>>
        {
            ["Spotify"] = new() { ["ClientId"] = "spotify-client", ["ClientSecret"] = SpotifySecret },
            ["AppleMusic"] = new() { ["TeamId"] = "TEAM123456", ["KeyId"] = "KEY1234567", ["PrivateKey"] = AppleKey },
        }));
        var state = Path.Combine(folder, "state");

        using var run = Start(server, state, "harvest", "--verbose", "--secrets", secrets);
        var exit = await run.WaitAsync(RunTimeout);
        var written = run.Output + run.Error + string.Concat(Directory.GetFiles(Path.Combine(state, "logs")).Select(File.ReadAllText));

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.Zero, run.Error);
            Assert.That(run.Error, Does.Contain("503"), "verbose output shows the failures");
            Assert.That(written, Does.Not.Contain(DiscogsToken));
            Assert.That(written, Does.Not.Contain(SpotifySecret));
            Assert.That(written, Does.Not.Contain("FAKEKEYFAKEKEY"));
        });
    }

    private static string? LastRunOutcome(string state)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(state, StateDatabase.FileName)};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT outcome FROM runs ORDER BY run_id DESC LIMIT 1";
        return command.ExecuteScalar() as string;
    }

    private static Task<FakeDiscogsServer> StartServer(string serverToken) =>
        FakeDiscogsServer.StartAsync(new FakeDiscogsOptions
        {
            Token = serverToken,
            Permits = 6000,
            Window = TimeSpan.FromSeconds(1),
            Data = FakeDiscogsData.Generate(40, 10, 12, seed: 5),
        });

    private CliProcess Start(FakeDiscogsServer server, string state, params string[] args)
    {
        var environment = new Dictionary<string, string>
        {
            ["COLLECTIONSITE_Discogs__BaseUrl"] = server.BaseUrl,
            ["COLLECTIONSITE_Discogs__Username"] = "example",
            ["COLLECTIONSITE_Discogs__Token"] = DiscogsToken,
            ["COLLECTIONSITE_Discogs__RequestsPerMinute"] = "6000",
            ["COLLECTIONSITE_Discogs__RateLimitWindowSeconds"] = "1",
        };
        return CliProcess.Start(folder, environment, [.. args, "--state", state, "--output", Path.Combine(folder, "site")]);
    }
}
