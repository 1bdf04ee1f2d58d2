using CollectionSite.Cli;
using CollectionSite.Configuration;
using CollectionSite.Pipeline;
using CollectionSite.Storage;
using CollectionSite.Tests.Fakes;
using Spectre.Console;

namespace CollectionSite.Tests.Cli;

public sealed class RedactingReporterTests
{
    private const string Token = "minted-access-token-9f8e";
    private readonly SecretRedactor redactor = new(["configured-secret-1234"]);

    [SetUp]
    public void SetUp() => redactor.Add(Token);

    [Test]
    public void Print_SecretsInEveryTextOfTheSummary_NoneReachesTheConsole()
    {
        var failure = new StageFailure("discogs.release", ItemKinds.Release, 1, ItemStatus.Failed, 1, $"GET /x?token={Token} failed", DateTimeOffset.UnixEpoch);
        var summary = new RunSummary(
            RunOutcome.Aborted,
            [StageResult.StoppedEarly("Enrich from Spotify", 1, 0, new StageStop(DataSource.Spotify, $"Spotify refused {Token}.")) with { Note = "configured-secret-1234" }],
            [failure],
            [failure with { Status = ItemStatus.DeadLetter, LastError = "configured-secret-1234 rejected" }],
            $"Aborted with Bearer {Token}.",
            ExitCode.Aborted);
        using var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });
        console.Profile.Width = 300;

        SummaryPrinter.Print(console, RedactingReporter.Redact(summary, redactor));

        Assert.Multiple(() =>
        {
            Assert.That(output.ToString(), Does.Not.Contain(Token).And.Not.Contain("configured-secret-1234"));
            Assert.That(output.ToString(), Does.Contain("Spotify refused ***."));
        });
    }

    [Test]
    public void StageFinished_StopReasonWithAMintedToken_MaskedBeforeTheInnerReporter()
    {
        var inner = new RecordingReporter();
        var reporter = new RedactingReporter(inner, redactor);

        reporter.StageFinished(StageResult.StoppedEarly("Enrich from Spotify", 0, 0, new StageStop(DataSource.Spotify, $"401 for {Token}")));
        reporter.Info($"token {Token}");

        Assert.Multiple(() =>
        {
            Assert.That(inner.Finished.Single().Stopped!.Reason, Is.EqualTo("401 for ***"));
            Assert.That(string.Join("\n", inner.Lines), Does.Not.Contain(Token));
        });
    }
}
