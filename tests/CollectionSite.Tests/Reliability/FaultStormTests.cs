using CollectionSite.Pipeline;
using CollectionSite.Storage;

namespace CollectionSite.Tests.Reliability;

/// <summary>
/// Issue #14, part 2: a fault storm on every API at once in one `build` (Discogs on Kestrel; Apple Music, Spotify and its
/// token endpoint, Wikipedia, Wikidata and the image hosts as stubs), scripted per API by <see cref="FaultStormScript"/>.
/// The stormy runs end (on the fake clock) with exit 0, record every failure, lose nothing and leak no secret; then one
/// clean run makes exactly the site and state an undisturbed run makes.
/// </summary>
[NonParallelizable]
[Category("Reliability")]
[Category("Kestrel")]
public sealed class FaultStormTests
{
    /// <summary>The hang guard: fake seconds the clock may be driven through one run (a run needs a few hundred).</summary>
    private const int MaxSteps = 5_000;

    [Test]
    [CancelAfter(10 * 60 * 1000)] // the real-time hang guard (a quiet machine needs well under a minute), beside MaxSteps on the fake clock
    public async Task Build_FaultStormOnEveryApi_RecordsEverythingLosesNothingAndOneCleanRunMakesTheUndisturbedSite(CancellationToken cancellationToken)
    {
        var (undisturbedState, undisturbedSite, undisturbedRequests) = await UndisturbedAsync(cancellationToken);
        await using var world = await FaultStormWorld.StartAsync("fault-storm");
        var discogsRules = FaultStormScript.Apply(world);

        var first = await world.BuildAsync(maxSteps: MaxSteps, cancellationToken: cancellationToken);
        FaultStormChecks.Describe("first storm run", first);
        var afterFirst = await FaultStormChecks.ReadAsync(world);
        FaultStormScript.ApplySecond(world);
        var second = await world.BuildAsync(maxSteps: MaxSteps, cancellationToken: cancellationToken);
        FaultStormChecks.Describe("second storm run", second);
        var afterSecond = await FaultStormChecks.ReadAsync(world);
        FaultStormChecks.NoHostileFile(world);
        var unserved = world.Hosts.All.SelectMany(h => h.Unserved).ToList();
        var stormRequests = first.Requests.Concat(second.Requests).ToList();
        FaultStormScript.Clear(world);
        var clean = await world.BuildAsync(new RunOptions(RetryFailed: true), maxSteps: MaxSteps, cancellationToken: cancellationToken);
        FaultStormChecks.Describe("clean run", clean);

        Assert.Multiple(() =>
        {
            FaultStormChecks.Ended(first, second, clean);
            FaultStormChecks.EveryFaultFired(discogsRules, unserved);
            FaultStormChecks.FailuresRecorded(world, first, second, afterFirst, afterSecond);
            FaultStormChecks.NothingLost(afterFirst, afterSecond);
            FaultStormChecks.Bounded(stormRequests, undisturbedRequests);
            FaultStormChecks.NoSecret(world, [first, second, clean]);
            Assert.That(clean.OpenFailures.Concat(clean.DeadLetters), Is.Empty, "the clean run finished everything");
            FaultStormChecks.SameState(FaultStormSnapshot.Database(Path.Combine(world.StatePath, StateDatabase.FileName)), undisturbedState);
            FaultStormChecks.SameSite(FaultStormSnapshot.Site(world.SitePath), undisturbedSite);
        });
    }

    private static async Task<(IReadOnlyList<string> State, IReadOnlyDictionary<string, byte[]> Site, IReadOnlyList<ApiRequests> Requests)> UndisturbedAsync(CancellationToken cancellationToken)
    {
        await using var world = await FaultStormWorld.StartAsync("fault-storm-undisturbed");
        var summary = await world.BuildAsync(maxSteps: MaxSteps, cancellationToken: cancellationToken);
        Assert.That((summary.ExitCode, summary.OpenFailures.Count), Is.EqualTo((ExitCode.Success, 0)), summary.Message);
        return (FaultStormSnapshot.Database(Path.Combine(world.StatePath, StateDatabase.FileName)), FaultStormSnapshot.Site(world.SitePath), summary.Requests);
    }
}
