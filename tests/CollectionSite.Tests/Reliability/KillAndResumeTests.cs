using CollectionSite.Tests.Fakes;
using CollectionSite.Tests.Fakes.AllSources;

namespace CollectionSite.Tests.Reliability;

/// <summary>
/// The whole `build` (listing, Discogs records, every enrichment source, artwork download and encode, rendering, file
/// moves) in the real executable with every source configured against fakes, SIGKILLed at twenty points chosen by
/// request and file-operation counts, each next run resuming: the last run ends with the site, the artwork cache and the
/// database an uninterrupted run makes, no temporary left, and no request asked again whose item an earlier run recorded.
/// </summary>
[NonParallelizable]
[Category("Reliability")]
[Category("Process")]
public sealed class KillAndResumeTests
{
    // Sixty releases (about 30 artists, 45 masters): with fewer, the parallel lanes of the runs before a late kill point
    // sometimes finished that point's lane (a masters or artists point then found nothing left to hold).
    private const int Releases = 60;
    private const int Seed = 20_261_130;
    private string folder = string.Empty;

    [SetUp]
    public void SetUp() => folder = TestPaths.NewScratchFolder("kill-resume");

    [TearDown]
    public void TearDown()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (TestContext.CurrentContext.Result.Outcome.Status == NUnit.Framework.Interfaces.TestStatus.Passed)
        {
            Directory.Delete(folder, recursive: true);
        }
        else
        {
            TestContext.Out.WriteLine($"kept for diagnosis: {folder}");
        }
    }

    [Test]
    public async Task Build_KilledAtTwentyPointsOverEveryStage_EndsLikeAnUninterruptedRun()
    {
        var world = new AllSourcesWorld(Releases, Seed);
        await using var server = await AllSourcesServer.StartAsync(world);
        var reference = new KillAndResumeBuilds(server, folder, "reference");
        await reference.RunToEndAsync(run: 0);
        var referenceLog = server.Log;

        var killed = new KillAndResumeBuilds(server, folder, "killed");
        var kills = new List<string>();
        var lost = new List<string>();
        var afterKill = new List<IReadOnlySet<string>> { new HashSet<string>() };
        foreach (var (point, index) in KillAndResumePlan.Points.Select((p, i) => (p, i)))
        {
            kills.Add($"{index + 1}. {await killed.KillAtAsync(index + 1, point)}");
            var now = File.Exists(killed.Database) ? KillAndResumeChecks.DoneItems(killed.Database) : new HashSet<string>();
            lost.AddRange(afterKill[^1].Except(now).Select(item => $"{item} (done before kill {index + 1}, not after)"));
            afterKill.Add(now);
        }

        await killed.RunToEndAsync(run: KillAndResumePlan.Points.Count + 1);
        var killedLog = server.Log.Where(r => r.Run > 0).ToList();
        var story = "kill points:\n" + string.Join('\n', kills);

        KillAndResumeChecks.SameOutcome(reference, killed, story);
        Assert.That(lost, Is.Empty, "recorded work lost by a kill\n" + story);
        KillAndResumeChecks.NoRecordedRequestRepeated(
            referenceLog.Where(r => r.Run == 0).ToList(), killedLog, afterKill, KillAndResumeRequests.From(reference.Database), KillAndResumeChecks.DoneItems(reference.Database), story);
    }
}
