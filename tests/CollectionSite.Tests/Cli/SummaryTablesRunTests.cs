using System.Globalization;
using CollectionSite.Cli;
using CollectionSite.Hosting;
using CollectionSite.Pipeline;
using CollectionSite.Tests.EndToEnd;
using CollectionSite.Tests.Fakes;

namespace CollectionSite.Tests.Cli;

/// <summary>
/// The final table of a known harvest over HTTP against the fake Discogs server: its rows are the run's summary, and
/// the Discogs request count is exactly what the server received (retries included).
/// </summary>
[NonParallelizable]
[Category("Kestrel")]
public sealed class SummaryTablesRunTests
{
    private PipelineHarness harness = null!;
    private FakeDiscogsServer server = null!;

    [SetUp]
    public async Task SetUp()
    {
        harness = new PipelineHarness("summary-run");
        server = await FakeDiscogsServer.StartAsync(new FakeDiscogsOptions
        {
            Permits = 10_000,
            Window = TimeSpan.FromSeconds(1),
            Data = FakeDiscogsData.Generate(40, 8, 10, seed: 11),
        });
    }

    [TearDown]
    public async Task TearDown()
    {
        await server.DisposeAsync();
        harness.Dispose();
    }

    [Test]
    public async Task Harvest_WithA404ARetriedBurstAndAFailure_TableMatchesTheSummaryRequestsMatchTheServer()
    {
        var releases = server.Data.ReleaseIds();
        server.Faults.Add(FakeDiscogsFault.Status(404, "Release not found."), $"/releases/{releases[0]}", times: FakeDiscogsFaultRule.Forever);
        server.Faults.Add(FakeDiscogsFault.Status(500), $"/releases/{releases[1]}", times: FakeDiscogsFaultRule.Forever);
        server.Faults.Add(FakeDiscogsFault.Status(503), "/masters/", times: 2);
        harness.Settings.Discogs.BaseUrl = server.BaseUrl;
        harness.Settings.Discogs.Username = "example";
        harness.Settings.Discogs.Token = FakeDiscogsOptions.DefaultToken;

        var summary = await harness.RunAsync(null, PipelineDefinitions.Harvest, policy: HarvestOverHttpTests.Policy() with { PermitsPerWindow = 10_000, Window = TimeSpan.FromSeconds(1) });
        var rows = SummaryTables.Stages(summary).PlainLines().Skip(1).Select(line => SummaryTablesTests.Gap().Split(line.Trim())).ToList();
        var details = summary.Stages.Single(stage => stage.Stage == "Fetch release details");

        Assert.Multiple(() =>
        {
            Assert.That(summary.Requests, Is.EqualTo(new[] { new ApiRequests("Discogs", server.Log.Total) }), "every request the server saw, retries included");
            Assert.That(server.Log.Count(r => r.Status >= 500), Is.GreaterThan(2), "retries happened");
            Assert.That((details.NoMatch, details.Failed, details.Processed), Is.EqualTo((1, 1, releases.Count - 1)));
            Assert.That(rows.Select(row => row[0]), Is.EqualTo(summary.Stages.Select(stage => stage.Stage)));
            Assert.That(summary.Stages, Has.All.Property(nameof(StageResult.Elapsed)).Not.Null);
            foreach (var (stage, row) in summary.Stages.Zip(rows))
            {
                Assert.That(row[1..7], Is.EqualTo(new[]
                {
                    Figure(stage.Processed - stage.NoMatch), Figure(stage.Skipped), Figure(stage.NoMatch), Figure(stage.Failed), "0", ProgressText.Elapsed(stage.Elapsed),
                }), stage.Stage);
            }
        });
    }

    private static string Figure(int value) => value.ToString(CultureInfo.InvariantCulture);
}
