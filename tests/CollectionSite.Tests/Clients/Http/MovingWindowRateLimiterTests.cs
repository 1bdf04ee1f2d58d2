using CollectionSite.Clients.Http;
using Microsoft.Extensions.Time.Testing;

namespace CollectionSite.Tests.Clients.Http;

public sealed class MovingWindowRateLimiterTests
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(60);

    [Test]
    public void AttemptAcquire_BudgetSpent_DeniedUntilOldestGrantLeavesWindow()
    {
        var time = new FakeTimeProvider();
        var limiter = new MovingWindowRateLimiter(3, Window, TimeSpan.Zero, time);

        var first = Enumerable.Range(0, 3).Select(_ => limiter.AttemptAcquire().IsAcquired).ToList();
        var fourth = limiter.AttemptAcquire().IsAcquired;
        time.Advance(Window - TimeSpan.FromMilliseconds(1));
        var justBefore = limiter.AttemptAcquire().IsAcquired;
        time.Advance(TimeSpan.FromMilliseconds(1));
        var atWindowEnd = limiter.AttemptAcquire().IsAcquired;

        Assert.Multiple(() =>
        {
            Assert.That(first, Is.All.True);
            Assert.That(fourth, Is.False);
            Assert.That(justBefore, Is.False);
            Assert.That(atWindowEnd, Is.True);
        });
    }

    [Test]
    public async Task AcquireAsync_RandomArrivals_NeverMoreThanBudgetInAnyMovingWindow()
    {
        var time = new FakeTimeProvider();
        var limiter = new MovingWindowRateLimiter(10, Window, TimeSpan.Zero, time);
        var random = new Random(42);
        var grants = new List<DateTimeOffset>();

        for (var i = 0; i < 200; i++)
        {
            var lease = limiter.AcquireAsync(1).AsTask();
            while (!lease.IsCompleted)
            {
                time.Advance(TimeSpan.FromMilliseconds(random.Next(1, 4000)));
                await Task.Yield();
            }

            using var granted = await lease;
            Assert.That(granted.IsAcquired, Is.True);
            grants.Add(time.GetUtcNow());
            time.Advance(TimeSpan.FromMilliseconds(random.Next(0, 3000)));
        }

        for (var i = 0; i + 10 < grants.Count; i++)
        {
            Assert.That(grants[i + 10] - grants[i], Is.GreaterThanOrEqualTo(Window), $"grants {i}..{i + 10} fit in one window");
        }
    }

    [Test]
    public void ObserveServerUsage_ServerCountedOtherTraffic_OurBudgetShrinks()
    {
        var time = new FakeTimeProvider();
        var limiter = new MovingWindowRateLimiter(60, Window, TimeSpan.Zero, time);
        Assert.That(limiter.AttemptAcquire().IsAcquired, Is.True);

        limiter.ObserveServerUsage(used: 59, limit: 60);

        Assert.Multiple(() =>
        {
            Assert.That(limiter.AttemptAcquire().IsAcquired, Is.True, "one permit left by the server's count");
            Assert.That(limiter.AttemptAcquire().IsAcquired, Is.False, "the server's count wins over ours");
        });
    }

    [Test]
    public void ObserveServerUsage_LowerServerLimit_Adopted()
    {
        var limiter = new MovingWindowRateLimiter(60, Window, TimeSpan.Zero, new FakeTimeProvider());

        limiter.ObserveServerUsage(used: 0, limit: 25);

        Assert.That(limiter.PermitsPerWindow, Is.EqualTo(25));
    }

    [Test]
    public void BackOff_After429_NothingGrantedUntilDelayPassed()
    {
        var time = new FakeTimeProvider();
        var limiter = new MovingWindowRateLimiter(60, Window, TimeSpan.Zero, time);

        limiter.BackOff(TimeSpan.FromSeconds(5));
        var during = limiter.AttemptAcquire().IsAcquired;
        time.Advance(TimeSpan.FromSeconds(5));
        var after = limiter.AttemptAcquire().IsAcquired;

        Assert.Multiple(() =>
        {
            Assert.That(during, Is.False);
            Assert.That(after, Is.True);
        });
    }
}
