using CollectionSite.Cli;
using CollectionSite.Pipeline;
using CollectionSite.Tests.Fakes;
using Spectre.Console;

namespace CollectionSite.Tests.Cli;

public sealed class ConsoleReporterTests
{
    private StringWriter output = null!;
    private FakeTimeProvider clock = null!;
    private ConsoleReporter reporter = null!;

    [SetUp]
    public void SetUp()
    {
        output = new StringWriter();
        clock = new FakeTimeProvider(TestClock.Start);
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });
        console.Profile.Width = 300;
        reporter = new ConsoleReporter(console, clock);
    }

    [TearDown]
    public void TearDown() => output.Dispose();

    [Test]
    public void StageFinished_Stopped_OneLineNamingTheSourceAndTheFix()
    {
        var stop = new StageStop(DataSource.Spotify, "Spotify rejected the client secret (401). Copy it again from the Spotify dashboard.");

        reporter.StageFinished(StageResult.StoppedEarly("Enrich from Spotify", 12, 1, stop));

        Assert.That(Lines(), Is.EqualTo(new[]
        {
            "  Enrich from Spotify stopped early after 12 processed, 1 failed: Spotify failed: Spotify rejected the client secret (401). Copy it again from the Spotify dashboard. The run goes on without it.",
        }));
    }

    [Test]
    public void StageFinished_Completed_CountsAndNote()
    {
        reporter.StageFinished(new StageResult("List collection", 5, 2, 0, "5 copies: [new]"));

        Assert.That(Lines(), Is.EqualTo(new[] { "  List collection done: 5 processed, 2 unchanged (5 copies: [new])" }));
    }

    [Test]
    public void ItemFinished_ThousandItems_ALineEveryTenthNotEveryItem()
    {
        reporter.StageStarted("Fetch release details", 1000);
        for (var i = 0; i < 1000; i++)
        {
            reporter.ItemFinished("Fetch release details", failed: i == 0);
        }

        Assert.That(Lines(), Is.EqualTo(new[] { "Fetch release details: 1000 to do" }
            .Concat(Enumerable.Range(1, 10).Select(n => $"  Fetch release details: {n * 100}/1000 (1 failed)"))));
    }

    [Test]
    public void ItemFinished_SlowStage_ALineOnceFifteenSecondsPassed()
    {
        reporter.StageStarted("Fetch masters", 1000);
        reporter.ItemFinished("Fetch masters", failed: false);
        clock.Advance(TimeSpan.FromSeconds(15));
        reporter.ItemFinished("Fetch masters", failed: false);

        // 2 items in 15 s: 8 a minute, so 998 left take 7,485 s.
        Assert.That(Lines(), Is.EqualTo(new[] { "Fetch masters: 1000 to do", "  Fetch masters: 2/1000, 8/min, ETA 2h 04m" }));
    }

    [Test]
    public void ItemFinished_DiscogsStageWithItsRate_EveryLineCarriesRateAndEtaAndNoControlSequence()
    {
        var planned = new ProgressBoard(clock, new SourceRates(new Dictionary<DataSource, double> { [DataSource.Discogs] = 1.0 }));
        var discogs = new ConsoleReporter(AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors }), planned);
        discogs.StageStarting("Fetch release details", DataSource.Discogs);
        discogs.StageStarted("Fetch release details", 1200);
        for (var i = 0; i < 120; i++)
        {
            clock.Advance(TimeSpan.FromSeconds(0.5));
            discogs.ItemFinished("Fetch release details", failed: false);
        }

        // A line every 15 s (30 items at 2/s observed); the items left at Discogs' 1/s set the ETA: 1,170 s after the first 30.
        Assert.That(Lines(), Is.EqualTo(new[]
        {
            "Fetch release details: 1200 to do",
            "  Fetch release details: 30/1200, 2.0/s, ETA 19m 30s",
            "  Fetch release details: 60/1200, 2.0/s, ETA 19m 00s",
            "  Fetch release details: 90/1200, 2.0/s, ETA 18m 30s",
            "  Fetch release details: 120/1200, 2.0/s, ETA 18m 00s",
        }));
        // Ordinal: a culture-aware search ignores control characters and would "find" ESC in any text.
        Assert.That(output.ToString().Contains('\u001b', StringComparison.Ordinal), Is.False);
    }

    private string[] Lines() => output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();

    [Test]
    public void ConcurrentStages_EachKeepsItsOwnCountAndGrowingTotal()
    {
        reporter.StageStarted("Fetch release details", 200);
        reporter.StageStarted("Enrich from Apple Music", 0);
        reporter.ItemsQueued("Enrich from Apple Music", 150);
        for (var i = 0; i < 100; i++)
        {
            reporter.ItemFinished("Fetch release details", failed: false);
            reporter.ItemFinished("Enrich from Apple Music", failed: i == 0);
        }

        Assert.That(Lines(), Is.EqualTo(new[]
        {
            "Fetch release details: 200 to do",
            "Enrich from Apple Music",
            "  Fetch release details: 100/200",
            "  Enrich from Apple Music: 100/150 (1 failed)",
        }));
    }
}
