using CollectionSite.Pipeline;

namespace CollectionSite.Tests.Reliability;

[NonParallelizable]
[Category("Reliability")]
public sealed class FaultStormProbeTests
{
    [Test]
    public async Task Probe()
    {
        await using var world = await FaultStormWorld.StartAsync("storm-probe");
        var summary = await world.BuildAsync();
        TestContext.Out.WriteLine($"{summary.Outcome} {summary.ExitCode} {summary.Message}");
        foreach (var s in summary.Stages)
        {
            TestContext.Out.WriteLine($"{s.Stage}: p={s.Processed} s={s.Skipped} f={s.Failed} nm={s.NoMatch} {s.Note} {s.Stopped?.Reason}");
        }

        foreach (var r in summary.Requests)
        {
            TestContext.Out.WriteLine($"{r}");
        }

        foreach (var f in summary.OpenFailures)
        {
            TestContext.Out.WriteLine($"F {f.Stage} {f.ItemId} {f.Attempts} {f.LastError}");
        }

        TestContext.Out.WriteLine(string.Join("\n", CollectionSite.Tests.Fakes.StateSnapshot.Read(System.IO.Path.Combine(world.StatePath, CollectionSite.Storage.StateDatabase.FileName)).Where(r => r.StartsWith("stage", StringComparison.Ordinal))));
        TestContext.Out.WriteLine(world.Logs.Length > 4000 ? world.Logs[..4000] : world.Logs);
        Assert.That(summary.ExitCode, Is.EqualTo(ExitCode.Success));
    }
}
