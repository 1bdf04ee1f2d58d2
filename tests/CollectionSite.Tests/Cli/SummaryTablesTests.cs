using System.Text.RegularExpressions;
using CollectionSite.Cli;
using CollectionSite.Pipeline;
using CollectionSite.Storage;
using CollectionSite.Tests.Fakes;
using Spectre.Console.Testing;

namespace CollectionSite.Tests.Cli;

/// <summary>The summary's tables: per stage done, unchanged, no match, failed, dead letters and time; requests per API.</summary>
public sealed partial class SummaryTablesTests
{
    [Test]
    public void Stages_KnownSummary_AlignedRowsWithNoMatchApartAndDeadLettersByStageKey()
    {
        var summary = new RunSummary(
            RunOutcome.CompletedWithFailures,
            [
                new StageResult("List collection", 120, 0, 0, "120 copies: 3 new") { Elapsed = TimeSpan.FromSeconds(2.4) },
                new StageResult("Match Spotify", 100, 0, 4) { NoMatch = 9, Key = "spotify.release", Elapsed = TimeSpan.FromSeconds(125) },
                new StageResult("Render pages", 80, 40, 0) { Elapsed = TimeSpan.FromSeconds(3) },
            ],
            [],
            [Dead("spotify.release", 1), Dead("spotify.release", 2), Dead("discogs.master", 3)],
            null,
            ExitCode.Success);

        Assert.That(SummaryTables.Stages(summary).PlainLines(), Is.EqualTo(new[]
        {
            "  Stage            Done  Unchanged  No match  Failed  Dead letters    Time  Note",
            "  List collection   120          0         0       0             0    2.4s  120 copies: 3 new",
            "  Match Spotify      91          0         9       4             2  2m 05s",
            "  Render pages       80         40         0       0             0    3.0s",
        }));
    }

    [Test]
    public void Print_RedirectedConsole_RequestsTitledAsSentWithRetriesAndTotalled()
    {
        using var output = new StringWriter();
        var summary = new RunSummary(RunOutcome.Completed, [], [], [], null, ExitCode.Success)
        {
            Requests = [new ApiRequests("Discogs", 1204), new ApiRequests("Spotify", 37)],
        };

        SummaryPrinter.Print(Consoles.ForStandardOutput(output, redirected: true), summary);

        Assert.That(output.ToString().Split('\n').Select(line => line.TrimEnd('\r')).Take(5), Is.EqualTo(new[]
        {
            "HTTP requests sent (retries included)",
            "  API      Requests",
            "  Discogs      1204",
            "  Spotify        37",
            "  Total        1241",
        }));
    }

    [Test]
    public void Print_Terminal_SpectreTableWithTheSameFigures()
    {
        using var console = new TestConsole().EmitAnsiSequences().Width(160);
        var summary = new RunSummary(RunOutcome.Completed, [new StageResult("Fetch masters", 7, 0, 1) { NoMatch = 2 }], [], [], null, ExitCode.Success);

        SummaryPrinter.Print(console, summary);

        Assert.That(console.Output, Does.Contain("╭").And.Match(@"Fetch masters\s*│\s*5\s*│\s*0\s*│\s*2\s*│\s*1\s*│\s*0\s*│"));
    }

    private static StageFailure Dead(string stage, long id) => new(stage, ItemKinds.Release, id, ItemStatus.DeadLetter, 5, "gone", TestClock.Start);

    [GeneratedRegex(@"\s{2,}")]
    internal static partial Regex Gap();
}
