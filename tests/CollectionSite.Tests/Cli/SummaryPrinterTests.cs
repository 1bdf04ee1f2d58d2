using CollectionSite.Cli;
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
}
