using System.Net;
using System.Threading.RateLimiting;
using CollectionSite.Clients.Http;
using Microsoft.Extensions.Logging.Abstractions;

namespace CollectionSite.Tests.Clients.Http;

/// <summary>
/// MaxConcurrentRequests: never more requests in flight than the cap, and a slot is held only while sending, never
/// while a request waits for a permit or sits out a Retry-After pause. A 503 with Retry-After pauses like a 429.
/// </summary>
public sealed class ResilientHttpHandlerConcurrencyTests
{
    [TestCase(1)]
    [TestCase(3)]
    public async Task SendAsync_TenAtOnceWithACap_NeverMoreInFlightThanTheCap(int cap)
    {
        using var probe = new ConcurrencyProbe();
        using var harness = new HandlerHarness(probe.Stub, HandlerHarness.DefaultOptions() with { MaxConcurrentRequests = cap });

        var most = await probe.RunAsync(10, cap, i => harness.GetAsync($"/items/{i}"));

        Assert.That((most, probe.Entered), Is.EqualTo((cap, 10)));
    }

    [Test]
    public async Task SendAsync_NoCap_AllTenInFlightTogether()
    {
        using var probe = new ConcurrencyProbe();
        using var harness = new HandlerHarness(probe.Stub);

        var most = await probe.RunAsync(10, 10, i => harness.GetAsync($"/items/{i}"));

        Assert.That(most, Is.EqualTo(10), "the probe can see more than three, so the capped tests can fail");
    }

    [Test]
    public async Task SendAsync_WaitingForAPermit_HoldsNoSendingSlot()
    {
        using var slots = new ConcurrencyLimiter(new ConcurrencyLimiterOptions { PermitLimit = 3, QueueLimit = 100 });
        var options = HandlerHarness.DefaultOptions() with { PermitsPerWindow = 1, Window = TimeSpan.FromSeconds(60), MaxConcurrentRequests = 3 };
        var time = new TimerCountingClock();
        var limiter = new MovingWindowRateLimiter(options.PermitsPerWindow, options.Window, options.SafetyMargin, time);
        var stub = new StubHttpMessageHandler(StubHttpMessageHandler.Status(HttpStatusCode.OK));
        using var client = new HttpClient(new ResilientHttpHandler(options, limiter, time, NullLogger.Instance, slots) { InnerHandler = stub });
        using var first = await client.GetAsync(new Uri("http://test/a"));

        var timersBefore = time.Timers;

        var second = client.GetAsync(new Uri("http://test/b"));
        await FakeClock.UntilAsync(() => time.Timers > timersBefore, "the second request waits for its permit");
        var freeWhileWaiting = slots.GetStatistics()!.CurrentAvailablePermits;
        time.Advance(TimeSpan.FromSeconds(62));
        using var answered = await second;

        Assert.Multiple(() =>
        {
            Assert.That(freeWhileWaiting, Is.EqualTo(3));
            Assert.That((answered.StatusCode, stub.Calls), Is.EqualTo((HttpStatusCode.OK, 2)));
            Assert.That(slots.GetStatistics()!.CurrentAvailablePermits, Is.EqualTo(3), "given back after the send");
        });
    }

    [Test]
    public async Task SendAsync_503WithRetryAfter_EveryRequestPausesThatLong()
    {
        using var harness = new HandlerHarness(
            new StubHttpMessageHandler(
                StubHttpMessageHandler.Status(HttpStatusCode.ServiceUnavailable, "{}", r => r.Headers.Add("Retry-After", "20")),
                StubHttpMessageHandler.Status(HttpStatusCode.OK)),
            HandlerHarness.DefaultOptions() with { MaxRetries = 1, MaxConcurrentRequests = 3 });

        using var response = await harness.DriveAsync(harness.GetAsync(), TimeSpan.FromSeconds(1), until: () => harness.Stub.Calls == 2);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(harness.Time.GetUtcNow() - harness.Time.Start, Is.GreaterThanOrEqualTo(TimeSpan.FromSeconds(20)));
    }

    [Test]
    public async Task SendAsync_503WithoutRetryAfter_NoPauseBeyondTheBackOff()
    {
        using var harness = new HandlerHarness(new StubHttpMessageHandler(
            StubHttpMessageHandler.Status(HttpStatusCode.ServiceUnavailable),
            StubHttpMessageHandler.Status(HttpStatusCode.OK)));

        using var response = await harness.GetAsync();

        Assert.That((response.StatusCode, harness.Time.GetUtcNow()), Is.EqualTo((HttpStatusCode.OK, harness.Time.Start)));
    }

    /// <summary>Counts timers, so a test knows when a request has started to wait on the clock.</summary>
    private sealed class TimerCountingClock : FakeTimeProvider
    {
        private int timers;

        public int Timers => Volatile.Read(ref timers);

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            Interlocked.Increment(ref timers);
            return base.CreateTimer(callback, state, dueTime, period);
        }
    }
}
