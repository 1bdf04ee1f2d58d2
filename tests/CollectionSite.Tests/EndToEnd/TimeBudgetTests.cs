using CollectionSite.Cli;
using CollectionSite.Hosting;
using CollectionSite.Pipeline;
using CollectionSite.Stages.Site;
using CollectionSite.Tests.Fakes;
using Spectre.Console;

namespace CollectionSite.Tests.EndToEnd;

/// <summary>--max-duration: the run stops starting requests at the budget minus the render reserve, renders, exits 0.</summary>
[NonParallelizable]
[Category("Kestrel")]
public sealed class TimeBudgetTests
{
    [Test]
    public async Task Harvest_TinyBudget_StopsRendersExitsZeroSaysWhatIsLeftAndTheNextRunFinishes()
    {
        await using var world = await NightlyWorld.StartAsync("time-budget", FakeDiscogsData.Generate(200, 40, 20, seed: 12), secondPerRequest: true);
        var allowed = TimeSpan.FromSeconds(30);
        world.Harness.Settings.Run.MaxDuration = TimeBudget.ReserveFloor + allowed;
        IReadOnlyList<PipelineStep> steps = [.. PipelineDefinitions.Harvest, typeof(RenderSite)];

        var first = await world.RunAsync(steps);
        var requests = world.Server.Log.Snapshot();
        var printed = Print(first);

        Assert.Multiple(() =>
        {
            Assert.That(first.ExitCode, Is.EqualTo(ExitCode.Success));
            Assert.That(requests.Select(r => r.Arrival), Has.All.LessThan(allowed), "no request starts after the budget minus the render reserve");
            Assert.That(requests, Has.Count.EqualTo(30), "one fake second per request: requests at 0 s .. 29 s");
            Assert.That(first.Stages.Single(s => s.Stage == "Fetch release details").Left, Is.EqualTo(200 - 28), "2 listing pages, then 28 releases");
            Assert.That(first.Stages.Single(s => s.Stage == "Render pages").Processed, Is.GreaterThanOrEqualTo(200), "the render wrote every album page (and the term pages)");
            Assert.That(world.AlbumPages(), Has.Count.EqualTo(200));
            Assert.That(printed, Does.Contain("Time budget reached; left for the next run: Fetch release details: 172"));
            Assert.That(printed, Does.Contain("the next run continues with what is left"));
        });

        world.Harness.Settings.Run.MaxDuration = null;
        var second = await world.RunAsync(steps);

        Assert.Multiple(() =>
        {
            Assert.That(second.Outcome, Is.EqualTo(RunOutcome.Completed));
            Assert.That(second.OutOfTimeStages, Is.Empty);
            Assert.That(world.Server.Log.Count(r => r.PathAndQuery.StartsWith("/releases/", StringComparison.Ordinal)), Is.EqualTo(200), "each release fetched once over both runs");
            Assert.That(world.AlbumPages().Values.Where(NightlyWorld.IsPartial), Is.Empty);
        });
    }

    [Test]
    public async Task Harvest_BudgetBelowTheRenderReserve_NoRequestAtAllAndTheRunStillExitsZero()
    {
        await using var world = await NightlyWorld.StartAsync("time-budget-none", FakeDiscogsData.Generate(20, 5, 5, seed: 13), secondPerRequest: true);
        world.Harness.Settings.Run.MaxDuration = TimeSpan.FromSeconds(45);

        var summary = await world.RunAsync([.. PipelineDefinitions.Harvest]);

        Assert.Multiple(() =>
        {
            Assert.That(summary.ExitCode, Is.EqualTo(ExitCode.Success));
            Assert.That(world.Server.Log.Total, Is.Zero);
            Assert.That(summary.Stages[0].Left, Is.EqualTo(1), "the listing is left for the next run");
        });
    }

    private static string Print(RunSummary summary)
    {
        using var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });
        console.Profile.Width = 300;
        SummaryPrinter.Print(console, summary);
        return output.ToString();
    }
}
