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
        using var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });
        var failure = new StageFailure(42, "discogs.master", 2, "GET /masters/7 answered [500] [bold]oops[/]", DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch);
        var summary = new RunSummary(RunOutcome.CompletedWithFailures, [new StageResult("Fetch [masters]", 1, 0, 1)], [failure], null, ExitCode.Success);

        SummaryPrinter.Print(console, summary);

        Assert.That(output.ToString(), Does.Contain("release 42 (discogs.master) attempt 2").And.Contain("[500] [bold]oops[/]").And.Contain("Fetch [masters]"));
    }

    [Test]
    public void Print_ReleasesGoneFromDiscogs_NamedWithTitleAndArtist()
    {
        using var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });
        var listed = new ListedRelease("[Low]", [new ArtistCredit(10263, "David Bowie", null, null, null, null)], null, 1977, [], [], [], [], null, null);
        var summary = new RunSummary(RunOutcome.Completed, [], [], null, ExitCode.Success)
        {
            GoneFromDiscogs = [new GoneRelease(402, listed, DateTimeOffset.UnixEpoch), new GoneRelease(403, null, DateTimeOffset.UnixEpoch)],
        };

        SummaryPrinter.Print(console, summary);

        Assert.That(output.ToString(), Does.Contain("2 release(s) in your collection are gone from Discogs").And.Contain("release 402 \"[Low]\" by David Bowie")
            .And.Contain("release 403,").And.Contain("--refresh"));
    }
}
