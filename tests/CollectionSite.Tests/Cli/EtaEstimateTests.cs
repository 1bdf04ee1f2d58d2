using CollectionSite.Cli;
using CollectionSite.Pipeline;
using CollectionSite.Tests.Fakes;

namespace CollectionSite.Tests.Cli;

/// <summary>The ETA from the rate limits ahead (<see cref="EtaEstimate"/>), on a fake clock through <see cref="ProgressBoard"/>.</summary>
public sealed class EtaEstimateTests
{
    private const string Details = "Fetch release details";
    private const string Masters = "Fetch masters";
    private const double DiscogsPerSecond = 60 / 60.0;
    private FakeTimeProvider clock = null!;
    private ProgressBoard board = null!;

    [SetUp]
    public void SetUp()
    {
        clock = new FakeTimeProvider(TestClock.Start);
        board = new ProgressBoard(clock, new SourceRates(new Dictionary<DataSource, double> { [DataSource.Discogs] = DiscogsPerSecond }));
    }

    [Test]
    public void Planned_120DiscogsItemsAt60PerMinute_TwoMinutes() =>
        Assert.That(EtaEstimate.Planned(120, DiscogsPerSecond), Is.EqualTo(TimeSpan.FromMinutes(2)));

    [Test]
    public void View_120DiscogsItemsNoPast_TwoMinutesFromTheRateLimitAlone()
    {
        board.Starting(Details, DataSource.Discogs);
        board.Started(Details, 120);

        var view = board.View(Details);

        Assert.That((view.Eta, view.ItemsPerSecond), Is.EqualTo(((TimeSpan?)TimeSpan.FromMinutes(2), (double?)null)));
    }

    [Test]
    public void View_TwoStagesShareDiscogs_BothPlannedFromEverythingStillAheadOnIt()
    {
        board.Starting(Details, DataSource.Discogs);
        board.Starting(Masters, DataSource.Discogs);
        board.Started(Details, 120);
        board.Started(Masters, 0);
        board.Queued(Masters, 60);

        // 180 requests ahead on one limiter at 1/s: neither lane can finish before three minutes.
        Assert.That(new[] { board.View(Details).Eta, board.View(Masters).Eta }, Has.All.EqualTo(TimeSpan.FromMinutes(3)));
    }

    [Test]
    public void View_ObservedSlowerThanPermitted_TheObservedTime()
    {
        board.Starting(Details, DataSource.Discogs);
        board.Started(Details, 120);
        FinishItems(Details, 20, every: TimeSpan.FromSeconds(3));

        var view = board.View(Details);

        // 20 items in 60 s = 1/3 per second, 100 left: 300 s, above the 100 s the permitted rate allows.
        Assert.Multiple(() =>
        {
            Assert.That(view.Eta, Is.EqualTo(TimeSpan.FromSeconds(300)));
            Assert.That(view.ItemsPerSecond, Is.EqualTo(1 / 3.0).Within(1e-9));
            Assert.That(ProgressText.Rate(view.ItemsPerSecond), Is.EqualTo("20/min"));
        });
    }

    [Test]
    public void View_ObservedFasterThanPermitted_TheRateLimitIsTheFloor()
    {
        board.Starting(Details, DataSource.Discogs);
        board.Started(Details, 120);
        // 20 items answered from cache in 2 s: 10/s observed, but the 100 left still need a request each at 1/s.
        FinishItems(Details, 20, every: TimeSpan.FromMilliseconds(100));

        Assert.That(board.View(Details).Eta, Is.EqualTo(TimeSpan.FromSeconds(100)));
    }

    [Test]
    public void View_StageWithoutASource_ObservedOnlyAndUnknownBeforeTheFirstItem()
    {
        board.Starting("Render site", null);
        board.Started("Render site", 50);
        var before = board.View("Render site").Eta;
        FinishItems("Render site", 10, every: TimeSpan.FromSeconds(1));

        Assert.That((before, board.View("Render site").Eta), Is.EqualTo(((TimeSpan?)null, (TimeSpan?)TimeSpan.FromSeconds(40))));
    }

    [Test]
    public void View_EndedStage_NoEtaAndNoLongerAheadOfItsSource()
    {
        board.Starting(Details, DataSource.Discogs);
        board.Starting(Masters, DataSource.Discogs);
        board.Started(Details, 30);
        board.Started(Masters, 60);
        board.Ended(new StageResult(Details, 30, 0, 0));

        Assert.That((board.View(Details).Eta, board.View(Masters).Eta), Is.EqualTo(((TimeSpan?)null, (TimeSpan?)TimeSpan.FromMinutes(1))));
    }

    [Test]
    public void View_EndedStage_KeepsTheRateItEndedWith()
    {
        board.Started("Render pages", 10);
        FinishItems("Render pages", 10, every: TimeSpan.FromSeconds(0.5));
        board.Ended(new StageResult("Render pages", 10, 0, 0));
        clock.Advance(TimeSpan.FromMinutes(5));

        Assert.That(board.View("Render pages").ItemsPerSecond, Is.EqualTo(2.0));
    }

    [TestCase(0.2, "1s")]
    [TestCase(45, "45s")]
    [TestCase(125, "2m 05s")]
    [TestCase(19_800, "5h 30m")]
    public void Duration_Seconds_ReadsAsWholeUnits(double seconds, string expected) =>
        Assert.That(ProgressText.Duration(TimeSpan.FromSeconds(seconds)), Is.EqualTo(expected));

    private void FinishItems(string stage, int count, TimeSpan every)
    {
        for (var i = 0; i < count; i++)
        {
            clock.Advance(every);
            board.ItemFinished(stage, failed: false);
        }
    }
}
