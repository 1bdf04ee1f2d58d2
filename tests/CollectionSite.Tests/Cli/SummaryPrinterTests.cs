using CollectionSite.Cli;
using CollectionSite.Domain;
using CollectionSite.Pipeline;
using CollectionSite.Storage;
using Spectre.Console;

namespace CollectionSite.Tests.Cli;

public sealed class SummaryPrinterTests
{
    [Test]
    public void Print_FailuresWithMarkupLikeText_PrintedLiterally()
    {
        var failure = Failure(42, ItemStatus.Failed, 2, "GET /masters/7 answered [500] [bold]oops[/]");
        var summary = new RunSummary(RunOutcome.CompletedWithFailures, [new StageResult("Fetch [masters]", 1, 0, 1)], [failure], [], null, ExitCode.Success);

        var output = Print(summary);

        Assert.That(output, Does.Contain("release 42 (discogs.master), 2 failed runs").And.Contain("[500] [bold]oops[/]").And.Contain("Fetch [masters]"));
    }

    [Test]
    public void Print_SevenDeadLetters_CountFirstFiveWithErrorsAndHowToBringThemBack()
    {
        var dead = Enumerable.Range(1, 7).Select(i => Failure(i, ItemStatus.DeadLetter, 5, $"error {i}")).ToList();
        var summary = new RunSummary(RunOutcome.Completed, [], [], dead, null, ExitCode.Success);

        var output = Print(summary);

        Assert.Multiple(() =>
        {
            Assert.That(output, Does.Contain("7 item(s) were set aside").And.Contain("collectionsite retry").And.Contain("--retry-failed"));
            Assert.That(output, Does.Contain("release 5 (discogs.master), 5 failed runs: error 5"));
            Assert.That(output, Does.Not.Contain("error 6"));
            Assert.That(output, Does.Contain("and 2 more"));
        });
    }

    [Test]
    public void Print_OptionalStageStopped_NamesTheSourceAndTheFix()
    {
        var stop = new StageStop(DataSource.AppleMusic, "Apple Music rejected the developer token (401). Create a new key in your developer account.");
        var stopped = StageResult.StoppedEarly("Enrich from Apple Music", 3, 0, stop);
        var summary = new RunSummary(RunOutcome.CompletedWithFailures, [stopped, new StageResult("Render pages", 9, 0, 0)], [], [], null, ExitCode.Success);

        var output = Print(summary);

        Assert.Multiple(() =>
        {
            Assert.That(output, Does.Contain("Enrich from Apple Music stopped early (Apple Music)"));
            Assert.That(output, Does.Contain("Create a new key in your developer account."));
            Assert.That(output, Does.Contain("stopped early: Apple Music failed"), "the table row");
            Assert.That(output, Does.Contain("Done, with recorded failures."));
        });
    }

    [Test]
    public void Print_FilesNotOverwritten_OneLineWithCountFirstFileAndTheFix()
    {
        var render = new StageResult("Render pages", 0, 10, 0) { NotOverwritten = new NotOverwritten(344, "/sites/[mine]", "content/albums/a/index.md") };
        var summary = new RunSummary(RunOutcome.Completed, [render], [], [], null, ExitCode.Success);

        // The test console wraps at its width: compare with the line breaks taken out.
        var output = Print(summary).Replace("\n", " ", StringComparison.Ordinal);

        Assert.That(output, Does.Contain("344 file(s) in /sites/[mine] were not overwritten").And.Contain("content/albums/a/index.md").And.Contain("delete them and run again"));
    }

    [Test]
    public void Print_Crashed_HeadlineWithTheOneLineMessageAndExitCode1()
    {
        var summary = new RunSummary(RunOutcome.Crashed, [], [], [], "Unexpected error (IOException): disk full", ExitCode.Aborted);

        var lines = Print(summary).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.That(lines, Is.EqualTo(new[] { "Crashed. Unexpected error (IOException): disk full (exit code 1)" }));
    }

    private static StageFailure Failure(long id, ItemStatus status, int attempts, string error) =>
        new("discogs.master", ItemKinds.Release, id, status, attempts, error, DateTimeOffset.UnixEpoch);

    private static string Print(RunSummary summary)
    {
        using var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });
        console.Profile.Width = 200;
        SummaryPrinter.Print(console, summary);
        return output.ToString();
    }

    [Test]
    public void Print_ReleasesGoneFromDiscogs_NamedWithTitleAndArtist()
    {
        using var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });
        var listed = new ListedRelease("[Low]", [new ArtistCredit(10263, "David Bowie", null, null, null, null)], null, 1977, [], [], [], [], null, null);
        var summary = new RunSummary(RunOutcome.Completed, [], [], [], null, ExitCode.Success)
        {
            GoneFromDiscogs = [new GoneRelease(402, listed, DateTimeOffset.UnixEpoch), new GoneRelease(403, null, DateTimeOffset.UnixEpoch)],
        };

        SummaryPrinter.Print(console, summary);

        Assert.That(output.ToString(), Does.Contain("2 release(s) in your collection are gone from Discogs").And.Contain("release 402 \"[Low]\" by David Bowie")
            .And.Contain("release 403,").And.Contain("--refresh"));
    }
}
