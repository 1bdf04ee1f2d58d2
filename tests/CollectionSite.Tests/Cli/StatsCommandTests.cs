using CollectionSite.Cli;
using CollectionSite.Hosting;
using CollectionSite.Statistics;
using CollectionSite.Tests.Rendering.Support;
using CollectionSite.Tests.Statistics;
using Microsoft.Data.Sqlite;
using Spectre.Console;

namespace CollectionSite.Tests.Cli;

/// <summary>`stats` over <see cref="StatisticsWorld"/>: plain text when redirected, tables on a terminal, JSON on request.</summary>
public sealed class StatsCommandTests
{
    private RenderHarness harness = null!;

    private string State => Path.Combine(harness.Root, "state");

    [SetUp]
    public async Task SetUp()
    {
        harness = new RenderHarness("stats-cli");
        await StatisticsWorld.SeedAsync(harness);
    }

    [TearDown]
    public void TearDown()
    {
        harness.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(harness.Root, recursive: true);
    }

    private static async Task<(int Exit, string Output, string Error)> Run(bool terminal, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = terminal ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Standard : ColorSystemSupport.NoColors,
            Interactive = terminal ? InteractionSupport.Yes : InteractionSupport.No,
        });
        console.Profile.Width = 120;
        var exit = await CliApplication.RunAsync(args, console, error, CancellationToken.None);
        return (exit, output.ToString(), error.ToString());
    }

    [Test]
    public async Task Stats_Redirected_PlainAlignedLinesWithoutControlSequences()
    {
        var (exit, output, error) = await Run(false, "stats", "--state", State);

        var lines = output.Split('\n').Select(l => l.TrimEnd()).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.Zero, error);
            // Ordinal: culture-aware comparison ignores control characters, so it would "find" ESC anywhere.
            Assert.That(output.IndexOfAny(['\u001b', '│', '─']), Is.EqualTo(-1), "no control sequences, no table borders");
            Assert.That(lines, Has.Some.Match(@"^Copies\s+6$"));
            Assert.That(lines, Has.Some.Match(@"^Releases\s+4$"));
            Assert.That(lines, Has.Some.Match(@"^Partial releases \(details not fetched yet\)\s+1$"));
            Assert.That(lines, Has.Some.Match(@"^Copies waiting for release data\s+1$"));
            Assert.That(lines, Does.Contain("Decades (original year) (releases)"));
            Assert.That(lines, Has.Some.Match(@"^  1960s\s+1$"));
            Assert.That(lines, Has.Some.Match(@"^  Björk\s+1$"));
            Assert.That(lines, Does.Contain("  (3 releases without style)"));
            Assert.That(lines, Has.Some.Match(@"^  2024-02\s+0\s+3$"));
        });
    }

    [Test]
    public async Task Stats_Terminal_SpectreTablesWithTheSameNumbers()
    {
        var (exit, output, error) = await Run(true, "stats", "--state", State);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.Zero, error);
            Assert.That(output, Does.Contain("│").And.Contain("─"), "table borders");
            Assert.That(output, Does.Match(@"│ Electronic\s+│\s+2 │"));
            Assert.That(output, Does.Match(@"│ 2024-03\s+│\s+3 │\s+6 │"));
            Assert.That(output, Does.Contain("3 releases without style"));
        });
    }

    [Test]
    public async Task Stats_Json_IsTheComputationsJson()
    {
        var expected = StatisticsJson.Serialize(await harness.Get<StatisticsReader>().ReadAsync(StatisticsCalculator.DefaultTop, CancellationToken.None));

        var (exit, output, error) = await Run(false, "stats", "--json", "--state", State);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.Zero, error);
            Assert.That(output, Is.EqualTo(expected));
            Assert.That(StatisticsJson.Deserialize(output).Totals.Copies, Is.EqualTo(6));
        });
    }

    [Test]
    public async Task Stats_WhileARunHoldsTheLock_StillAnswers()
    {
        using var held = StateLock.Acquire(State, "build");
        Assert.That(StateLock.TryAcquire(State), Is.Null, "the run lock is held");

        var (exit, output, error) = await Run(false, "stats", "--state", State);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.Zero, error);
            Assert.That(output, Does.Match(@"Copies\s+6"));
        });
    }
}
