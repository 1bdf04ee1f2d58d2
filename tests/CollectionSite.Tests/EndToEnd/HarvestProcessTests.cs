using CollectionSite.Storage;
using CollectionSite.Tests.Fakes;

namespace CollectionSite.Tests.EndToEnd;

/// <summary>
/// The real executable against the fake Discogs server: killed with SIGKILL at many points it ends in the
/// same database state as an uninterrupted run; SIGTERM exits 130; a no-op run lists only; the token never
/// appears in anything the tool writes.
/// </summary>
[NonParallelizable]
[Category("Process")]
public sealed class HarvestProcessTests
{
    private const string Token = "tok-7f3a9c1e55d04b2f";
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(2);
    private string folder = string.Empty;

    [SetUp]
    public void SetUp() => folder = TestPaths.NewScratchFolder("process");

    [TearDown]
    public void TearDown()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Test]
    public async Task Harvest_KilledAtTwelveRandomPoints_EndsLikeAnUninterruptedRun()
    {
        await using var reference = await StartServer();
        var referenceState = Path.Combine(folder, "reference");
        Assert.That(await RunToEnd(reference, referenceState), Is.Zero);

        await using var server = await StartServer();
        var state = Path.Combine(folder, "killed");
        var random = new Random(20261122);
        var kills = new List<string>();
        while (kills.Count < 12)
        {
            // The kill point is a request count: request number skip + 1 of this run is held by the server
            // until the process is killed, so the run dies with exactly that much work done, whatever the clock.
            var skip = random.Next(0, 10);
            var hold = server.Faults.Add(FakeDiscogsFault.Delay(TimeSpan.FromMinutes(5)), skip: skip);
            using var run = Start(server, state);
            while (hold.Fired == 0 && !run.HasExited)
            {
                await Task.Delay(1);
            }

            Assert.That(run.HasExited, Is.False, $"the harvest finished before kill {kills.Count + 1}; make the collection larger");
            run.Kill();
            server.Faults.Clear();
            kills.Add($"during request {skip + 1} of that run");
        }

        Assert.That(await RunToEnd(server, state), Is.Zero);
        var database = Path.Combine(state, StateDatabase.FileName);
        var expected = StateSnapshot.Read(Path.Combine(referenceState, StateDatabase.FileName));
        var actual = StateSnapshot.Read(database);

        Assert.Multiple(() =>
        {
            Assert.That(actual, Is.EqualTo(expected), "kill points: " + string.Join(", ", kills));
            Assert.That(actual, Is.Unique);
            Assert.That(StateSnapshot.IntegrityCheck(database), Is.EqualTo("ok"));
        });
    }

    [Test]
    public async Task Harvest_SecondRunWithNothingNew_RequestsOnlyTheFirstCollectionPage()
    {
        await using var server = await StartServer();
        var state = Path.Combine(folder, "state");
        Assert.That(await RunToEnd(server, state), Is.Zero);
        var before = server.Log.Total;

        Assert.That(await RunToEnd(server, state), Is.Zero);
        var secondRun = server.Log.Snapshot().Skip(before).Select(r => r.PathAndQuery).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(secondRun, Is.Not.Empty);
            Assert.That(secondRun, Has.All.StartsWith("/users/example/collection/folders/0/releases?"));
            Assert.That(secondRun, Has.Count.EqualTo(1), "130 items are two pages of 100, but page 1 shows nothing added or removed");
        });
    }

    [Test]
    public async Task Harvest_Sigterm_StopsCleanlyWithExit130AndResumes()
    {
        await using var server = await StartServer();
        var state = Path.Combine(folder, "state");
        using var run = Start(server, state);
        await server.Log.WaitForTotalAsync(30, RunTimeout);

        run.Terminate();
        var exit = await run.WaitAsync(RunTimeout);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(130), run.Error);
            Assert.That(run.Output, Does.Contain("run the same command again"));
        });
        Assert.That(await RunToEnd(server, state), Is.Zero);
    }

    [Test]
    public async Task Harvest_VerboseWithFailures_TokenNeverWrittenAnywhere()
    {
        await using var server = await StartServer();
        server.Faults.Add(FakeDiscogsFault.Status(503), pathPrefix: "/releases/", times: 3);
        server.Faults.Add(FakeDiscogsFault.HtmlPage(), pathPrefix: "/masters/", times: 1);
        var state = Path.Combine(folder, "state");

        using var run = Start(server, state, "--verbose");
        var exit = await run.WaitAsync(RunTimeout);
        var logs = Directory.GetFiles(Path.Combine(state, "logs")).Select(File.ReadAllText).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.Zero, run.Error);
            Assert.That(server.Log.Count(r => r.HadAuthorization), Is.EqualTo(server.Log.Total), "the token was sent");
            Assert.That(run.Output + run.Error, Does.Not.Contain(Token));
            Assert.That(logs, Is.Not.Empty);
            Assert.That(logs, Has.None.Contains(Token));
            Assert.That(run.Error, Does.Contain("503"), "verbose output shows the retries");
        });
    }

    private static Task<FakeDiscogsServer> StartServer() =>
        FakeDiscogsServer.StartAsync(new FakeDiscogsOptions
        {
            Token = Token,
            Permits = 6000,
            Window = TimeSpan.FromSeconds(1),
            Data = FakeDiscogsData.Generate(130, 30, 40, seed: 11),
        });

    private CliProcess Start(FakeDiscogsServer server, string state, params string[] extra)
    {
        var environment = new Dictionary<string, string>
        {
            ["COLLECTIONSITE_Discogs__BaseUrl"] = server.BaseUrl,
            ["COLLECTIONSITE_Discogs__Username"] = "example",
            ["COLLECTIONSITE_Discogs__Token"] = Token,
            ["COLLECTIONSITE_Discogs__RequestsPerMinute"] = "6000",
            ["COLLECTIONSITE_Discogs__RateLimitWindowSeconds"] = "1",
        };
        return CliProcess.Start(folder, environment, ["harvest", "--state", state, .. extra]);
    }

    private async Task<int> RunToEnd(FakeDiscogsServer server, string state)
    {
        using var run = Start(server, state);
        var exit = await run.WaitAsync(RunTimeout);
        Assert.That(exit, Is.Zero, run.Output + run.Error);
        return exit;
    }
}
