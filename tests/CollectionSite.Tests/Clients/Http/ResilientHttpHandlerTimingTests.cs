using System.Net;
using CollectionSite.Clients.Http;

namespace CollectionSite.Tests.Clients.Http;

/// <summary>
/// Waits happen on a fake clock: a permit or a 429 pause is waited for outside the attempt's timeout, and a
/// stalled send times out and is retried. MaxRetries = 1 where a wrongly charged wait would use the only retry.
/// </summary>
public sealed class ResilientHttpHandlerTimingTests
{
    [Test]
    public async Task SendAsync_TooManyRequestsWithRetryAfter62_RetriedAttemptSucceedsWithoutTimeout()
    {
        using var harness = new HandlerHarness(
            new StubHttpMessageHandler(
                StubHttpMessageHandler.Status(HttpStatusCode.TooManyRequests, """{"message": "You are making requests too quickly."}""", r => r.Headers.Add("Retry-After", "62")),
                StubHttpMessageHandler.Status(HttpStatusCode.OK)),
            HandlerHarness.DefaultOptions() with { AttemptTimeout = TimeSpan.FromSeconds(30), MaxRetries = 1 });

        using var response = await harness.DriveAsync(harness.GetAsync(), TimeSpan.FromSeconds(1), until: () => harness.Stub.Calls == 2);

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(harness.Stub.Calls, Is.EqualTo(2));
            Assert.That(harness.Time.GetUtcNow() - harness.Time.Start, Is.GreaterThanOrEqualTo(TimeSpan.FromSeconds(62)), "the retry waited for Retry-After");
        });
    }

    [Test]
    public async Task SendAsync_WaitForPermitLongerThanTheTimeout_NotChargedToTheAttempt()
    {
        using var harness = new HandlerHarness(
            new StubHttpMessageHandler(StubHttpMessageHandler.Status(HttpStatusCode.OK)),
            HandlerHarness.DefaultOptions() with { PermitsPerWindow = 1, Window = TimeSpan.FromSeconds(60), AttemptTimeout = TimeSpan.FromSeconds(5), MaxRetries = 1 });
        using var first = await harness.GetAsync("/a");

        using var second = await harness.DriveAsync(harness.GetAsync("/b"), TimeSpan.FromSeconds(1), until: () => harness.Stub.Calls == 2);

        Assert.That((second.StatusCode, harness.Stub.Calls), Is.EqualTo((HttpStatusCode.OK, 2)));
    }

    [Test]
    public void SendAsync_AttemptTimesOut_RetriedThenReportedAsHttpRequestException()
    {
        using var harness = new HandlerHarness(Stalled(), HandlerHarness.DefaultOptions() with { AttemptTimeout = TimeSpan.FromMilliseconds(50), MaxRetries = 1 });

        var error = Assert.ThrowsAsync<HttpRequestException>(() => harness.DriveAsync(harness.GetAsync(), TimeSpan.FromMilliseconds(10)));

        Assert.Multiple(() =>
        {
            Assert.That(error!.Message, Does.Contain("no answer within"));
            Assert.That(harness.Stub.Calls, Is.EqualTo(2));
        });
    }

    [Test]
    public void SendAsync_RepeatedTimeouts_CountTowardsTheBreaker()
    {
        using var harness = new HandlerHarness(Stalled(), HandlerHarness.DefaultOptions() with { AttemptTimeout = TimeSpan.FromMilliseconds(50), MaxRetries = 10, BreakerThreshold = 3 });

        Assert.ThrowsAsync<CircuitOpenException>(() => harness.DriveAsync(harness.GetAsync(), TimeSpan.FromMilliseconds(10)));
        Assert.That(harness.Stub.Calls, Is.EqualTo(3));
    }

    /// <summary>A server that never answers: only the attempt's timeout (on the fake clock) ends the wait.</summary>
    private static StubHttpMessageHandler Stalled() => new(async (_, token) =>
    {
        await Task.Delay(Timeout.InfiniteTimeSpan, token);
        return new HttpResponseMessage(HttpStatusCode.OK);
    });
}
