using System.Net;
using CollectionSite.Clients.Http;
using Microsoft.Extensions.Logging.Abstractions;

namespace CollectionSite.Tests.Clients.Http;

/// <summary>The HTTP layer's guard of the time budget: no attempt starts after the deadline, whatever stage asks.</summary>
public sealed class RequestDeadlineTests
{
    [Test]
    public async Task SendAsync_BeforeTheDeadline_Sends()
    {
        using var setup = new Setup(StubHttpMessageHandler.Status(HttpStatusCode.OK));
        setup.Deadline.Set(setup.Time.GetUtcNow().AddSeconds(1));

        using var response = await setup.Client.GetAsync(new Uri("http://test/releases/1"));

        Assert.That(setup.Stub.Calls, Is.EqualTo(1));
    }

    [Test]
    public void SendAsync_DeadlinePassed_RefusedWithoutReachingTheServer()
    {
        using var setup = new Setup(StubHttpMessageHandler.Status(HttpStatusCode.OK));
        setup.Deadline.Set(setup.Time.GetUtcNow());

        Assert.ThrowsAsync<TimeBudgetExhaustedException>(() => setup.Client.GetAsync(new Uri("http://test/releases/1")));
        Assert.That(setup.Stub.Calls, Is.Zero);
    }

    [Test]
    public async Task SendAsync_WaitingForAPermitPastTheDeadline_EndsAtTheDeadlineWithoutSending()
    {
        // One permit a minute: the second request must wait 60 s, but the deadline comes after 10 s.
        var options = HandlerHarness.DefaultOptions() with { PermitsPerWindow = 1, Window = TimeSpan.FromMinutes(1) };
        using var setup = new Setup(StubHttpMessageHandler.Status(HttpStatusCode.OK), options);
        setup.Deadline.Set(setup.Time.GetUtcNow().AddSeconds(10));
        using (await setup.Client.GetAsync(new Uri("http://test/releases/1")))
        {
        }

        var waiting = setup.Client.GetAsync(new Uri("http://test/releases/2"));
        for (var step = 0; step < 200 && !waiting.IsCompleted; step++)
        {
            setup.Time.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(1, CancellationToken.None);
        }

        Assert.Multiple(() =>
        {
            Assert.That(waiting.IsCompleted, Is.True);
            Assert.That(setup.Time.GetUtcNow() - Setup.Start, Is.LessThan(TimeSpan.FromSeconds(15)), "the wait ended at the deadline, not at the permit");
            Assert.ThrowsAsync<TimeBudgetExhaustedException>(() => waiting);
            Assert.That(setup.Stub.Calls, Is.EqualTo(1));
        });
    }

    private sealed class Setup : IDisposable
    {
        public static readonly DateTimeOffset Start = Fakes.TestClock.Start;

        public Setup(Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> answer, HttpPolicyOptions? options = null)
        {
            Stub = new StubHttpMessageHandler(answer, answer, answer);
            Deadline = new RequestDeadline(Time);
            var policy = options ?? HandlerHarness.DefaultOptions();
            var limiter = new MovingWindowRateLimiter(policy.PermitsPerWindow, policy.Window, policy.SafetyMargin, Time);
            Client = new HttpClient(new ResilientHttpHandler(policy, limiter, Time, NullLogger.Instance, deadline: Deadline) { InnerHandler = Stub });
        }

        public FakeTimeProvider Time { get; } = new(Start);

        public StubHttpMessageHandler Stub { get; }

        public RequestDeadline Deadline { get; }

        public HttpClient Client { get; }

        public void Dispose() => Client.Dispose();
    }
}
