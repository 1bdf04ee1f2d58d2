using CollectionSite.Pipeline;

namespace CollectionSite.Tests.Pipeline;

public sealed class TimeBudgetTests
{
    [TestCase(null, 60)]
    [TestCase(10.0, 60)]
    [TestCase(100.0, 200)]
    public void Reserve_TwiceTheLastRenderAtLeastAMinute(double? lastRenderSeconds, int reserveSeconds) =>
        Assert.That(TimeBudget.Reserve(lastRenderSeconds is { } s ? TimeSpan.FromSeconds(s) : null), Is.EqualTo(TimeSpan.FromSeconds(reserveSeconds)));

    [Test]
    public void StopStartingAt_BudgetSmallerThanTheReserve_AtOnce()
    {
        var start = Fakes.TestClock.Start;
        Assert.Multiple(() =>
        {
            Assert.That(TimeBudget.StopStartingAt(start, TimeSpan.FromSeconds(45), TimeSpan.FromMinutes(1)), Is.EqualTo(start));
            Assert.That(TimeBudget.StopStartingAt(start, TimeSpan.FromMinutes(20), TimeSpan.FromMinutes(1)), Is.EqualTo(start.AddMinutes(19)));
        });
    }
}
