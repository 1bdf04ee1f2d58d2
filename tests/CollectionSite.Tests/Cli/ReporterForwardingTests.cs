using CollectionSite.Cli;
using CollectionSite.Configuration;
using CollectionSite.Hosting;
using CollectionSite.Pipeline;
using CollectionSite.Tests.Fakes;

namespace CollectionSite.Tests.Cli;

/// <summary>The reporters between the runner and the console pass on which source a stage asks, or the ETA loses its plan.</summary>
public sealed class ReporterForwardingTests
{
    [Test]
    public void StageStarting_ThroughTheRelayAndTheRedactingReporter_ReachesTheBoard()
    {
        using var output = new StringWriter();
        var board = new ProgressBoard(new FakeTimeProvider(TestClock.Start), new SourceRates(new Dictionary<DataSource, double> { [DataSource.Discogs] = 1.0 }));
        var console = new ConsoleReporter(Consoles.ForStandardOutput(output, redirected: true), board);
        var relay = new RunReporterRelay();

        using (relay.Use(new RedactingReporter(console, new SecretRedactor([]))))
        {
            relay.StageStarting("Fetch artists", DataSource.Discogs);
            relay.StageStarted("Fetch artists", 90);
        }

        Assert.That(board.View("Fetch artists").Eta, Is.EqualTo(TimeSpan.FromSeconds(90)));
    }
}
