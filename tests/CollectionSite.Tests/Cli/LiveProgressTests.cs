using CollectionSite.Cli;
using CollectionSite.Pipeline;
using CollectionSite.Tests.Fakes;
using Spectre.Console;
using Spectre.Console.Testing;

namespace CollectionSite.Tests.Cli;

/// <summary>The live display on Spectre's test console (interactive, ANSI), driven by reports on a fake clock.</summary>
public sealed class LiveProgressTests
{
    [Test]
    public async Task RunAsync_ConcurrentLanesMidway_RowPerStageWithCountsRateAndEta()
    {
        using var console = new TestConsole().Interactive().EmitAnsiSequences().Width(140);
        var clock = new FakeTimeProvider(TestClock.Start);
        var board = new ProgressBoard(clock, new SourceRates(new Dictionary<DataSource, double> { [DataSource.Discogs] = 1.0 }));

        await LiveProgress.RunAsync(console, board, reporter =>
        {
            reporter.StageStarting("Fetch release details", DataSource.Discogs);
            reporter.StageStarting("Fetch masters", DataSource.Discogs);
            reporter.StageStarted("Fetch release details", 100);
            reporter.StageStarted("Fetch masters", 0);
            for (var i = 0; i < 40; i++)
            {
                clock.Advance(TimeSpan.FromSeconds(1));
                reporter.ItemFinished("Fetch release details", failed: false);
            }

            reporter.ItemsQueued("Fetch masters", 20);
            return Task.FromResult(0);
        }, autoRefresh: false);
        var lastFrame = console.Output[console.Output.LastIndexOf("Fetch release details", StringComparison.Ordinal)..];

        // 60 details and 20 masters left on one Discogs limiter at 1/s: 80 s for both, above the 60 s the details' own 1/s says.
        Assert.Multiple(() =>
        {
            Assert.That(lastFrame, Does.Match(@"Fetch release details.*40/100\s+1\.0/s\s+ETA 1m 20s"));
            Assert.That(lastFrame, Does.Match(@"Fetch masters.*0/20\s+ETA 1m 20s"));
        });
    }

    [Test]
    public async Task RunAsync_StageFinished_DoneInsteadOfAnEta()
    {
        using var console = new TestConsole().Interactive().EmitAnsiSequences().Width(140);
        var board = new ProgressBoard(new FakeTimeProvider(TestClock.Start), SourceRates.None);

        await LiveProgress.RunAsync(console, board, reporter =>
        {
            reporter.StageStarted("Render pages", 3);
            reporter.StageFinished(new StageResult("Render pages", 3, 0, 0));
            return Task.FromResult(0);
        }, autoRefresh: false);

        Assert.That(console.Output, Does.Match(@"Render pages.*3/3\s+done"));
    }

    [Test]
    public void IsLive_TerminalRedirectedOrJsonLogs_OnlyAnInteractiveAnsiTerminalWithTextLogs()
    {
        using var terminal = new TestConsole().Interactive().EmitAnsiSequences();
        using var output = new StringWriter();

        Assert.Multiple(() =>
        {
            Assert.That(LiveProgress.IsLive(terminal, LogFormat.Text), Is.True);
            Assert.That(LiveProgress.IsLive(terminal, LogFormat.Json), Is.False);
            Assert.That(LiveProgress.IsLive(Consoles.ForStandardOutput(output, redirected: true), LogFormat.Text), Is.False);
        });
    }
}
