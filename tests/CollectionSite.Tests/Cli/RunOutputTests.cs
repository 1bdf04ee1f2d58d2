using System.Text.Json;
using CollectionSite.Cli;
using CollectionSite.Tests.Fakes;
using Spectre.Console.Testing;

namespace CollectionSite.Tests.Cli;

/// <summary>
/// A real `build --demo` in process (offline, the bundled collection) through the console the executable writes to:
/// redirected output is plain text without a single control sequence, a terminal gets the live progress, and
/// --log-format json keeps stderr JSON only.
/// </summary>
[NonParallelizable]
public sealed class RunOutputTests
{
    private const char Escape = '\u001b';
    private static readonly string[] StageNames = ["List collection", "Fetch release details", "Fetch masters", "Fetch artists", "Render pages"];
    private string folder = string.Empty;

    [SetUp]
    public void SetUp() => folder = TestPaths.NewScratchFolder("run-output");

    [TearDown]
    public void TearDown()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Test]
    public async Task BuildDemo_RedirectedOutput_PlainLinesAndTableWithoutControlSequences()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await CliApplication.RunAsync(Arguments(), Consoles.ForStandardOutput(output, redirected: true), error, CancellationToken.None);
        var text = output.ToString();

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.Zero, error.ToString());
            Assert.That(text.IndexOf(Escape, StringComparison.Ordinal), Is.EqualTo(-1), "no control sequence on stdout");
            Assert.That(error.ToString().IndexOf(Escape, StringComparison.Ordinal), Is.EqualTo(-1), "none on stderr");
            Assert.That(text, Does.Contain("  Fetch release details done:"), "the plain progress lines");
            Assert.That(text, Does.Contain(SummaryTables.StagesTitle + "\n").And.Match(@"\n  Stage +Done +Unchanged +No match +Failed +Dead letters +Time +Note\n"));
            Assert.That(text, Does.Not.Contain("─").And.Not.Contain("│"), "no box drawing in a log");
            Assert.That(text, Does.Contain("Done. (exit code 0)"));
        });
    }

    [Test]
    public async Task BuildDemo_InteractiveTerminal_LiveProgressWithEveryStageAndItsCounts()
    {
        using var console = new TestConsole().Interactive().EmitAnsiSequences().Width(160);
        using var error = new StringWriter();

        var exit = await CliApplication.RunAsync(Arguments(), console, error, CancellationToken.None);
        var text = console.Output;

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.Zero, error.ToString());
            Assert.That(text.Contains(Escape, StringComparison.Ordinal), Is.True, "the live display redraws in place");
            Assert.That(StageNames, Has.All.Matches<string>(stage => text.Contains(stage, StringComparison.Ordinal)));
            // A finished stage's row: its bar, done/total and "done" in the ETA column.
            Assert.That(text, Does.Match(@"Fetch release details\S*\s.*\d+/\d+.*done"));
            Assert.That(text, Does.Contain("Stages"), "the summary table follows");
        });
    }

    [Test]
    public async Task BuildDemo_JsonLogs_StderrIsJsonLinesOnlyAndStdoutStaysPlain()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var logs = new StringWriter();
        var original = Console.Error;
        Console.SetError(logs);
        int exit;
        try
        {
            exit = await CliApplication.RunAsync(
                [.. Arguments(), "--log-format", "json"], Consoles.ForStandardOutput(output, redirected: true), error, CancellationToken.None);
        }
        finally
        {
            Console.SetError(original);
        }

        var lines = (logs + error.ToString()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var events = lines.Select(line => JsonDocument.Parse(line).RootElement).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.Zero);
            Assert.That(events, Is.Not.Empty, "information events reach stderr in json mode");
            Assert.That(events, Has.All.Matches<JsonElement>(e => e.TryGetProperty("@t", out _) && e.TryGetProperty("@m", out _)));
            Assert.That(events.Select(e => e.GetProperty("@m").GetString()), Has.Some.Match("^Stage \"?Fetch release details\"? starting$"));
            Assert.That(output.ToString().IndexOf(Escape, StringComparison.Ordinal), Is.EqualTo(-1));
            Assert.That(output.ToString(), Does.Contain("Done. (exit code 0)"));
        });
    }

    [Test]
    public async Task ConfigurationError_JsonLogs_TheOneLineIsAJsonEvent()
    {
        File.WriteAllText(Path.Combine(folder, "secrets.json"), """{ "Discogs": { "Token": "abc" """);
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await CliApplication.RunAsync(
            ["harvest", "--secrets", Path.Combine(folder, "secrets.json"), "--log-format", "json"], Consoles.ForStandardOutput(output, true), error, CancellationToken.None);
        var line = JsonDocument.Parse(error.ToString().Trim()).RootElement;

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(2));
            Assert.That(line.GetProperty("@l").GetString(), Is.EqualTo("Error"));
            Assert.That(line.GetProperty("@m").GetString(), Does.StartWith("Configuration error:").And.Contain("secrets.json: malformed JSON"));
        });
    }

    private string[] Arguments() =>
        ["build", "--demo", "--state", Path.Combine(folder, "state"), "--output", Path.Combine(folder, "site")];
}
