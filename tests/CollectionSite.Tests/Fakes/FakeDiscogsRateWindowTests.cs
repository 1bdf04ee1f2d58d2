using System.Globalization;
using System.Net;

namespace CollectionSite.Tests.Fakes;

/// <summary>
/// The fake's throttle must be trustworthy, or every rate-limiter test built on it proves nothing. A fake clock
/// makes the window exact; one test keeps the real clock to cover the Stopwatch path.
/// </summary>
[TestFixture]
[Category("Kestrel")]
public sealed class FakeDiscogsRateWindowTests : FakeDiscogsTestBase
{
    private FakeTimeProvider clock = null!;

    protected override FakeDiscogsOptions CreateOptions()
    {
        clock = new FakeTimeProvider(TestClock.Start);
        return new FakeDiscogsOptions { Permits = 5, Window = TimeSpan.FromSeconds(10), Time = clock };
    }

    [Test]
    public async Task Burst_PermitsPlusOne_ExactlyTheLastIs429WithDiscogsMessage()
    {
        var statuses = await GetManyAsync(6);

        Assert.That(statuses, Is.EqualTo(Enumerable.Repeat(200, 5).Append(429)));
        Assert.That(Server.Log.TooManyRequests, Is.EqualTo(1));
        Assert.That(Server.Log.Snapshot()[^1].RateLimited, Is.True);
        using var again = await Http.GetAsync("oauth/identity");
        Assert.That(await again.Content.ReadAsStringAsync(), Is.EqualTo("{\"message\": \"You are making requests too quickly.\"}"));
    }

    [Test]
    public async Task Window_IsMovingNotFixed_PermitsReturnOneByOneAsTheirRequestsAge()
    {
        await GetManyAsync(3);
        clock.Advance(TimeSpan.FromSeconds(5));
        await GetManyAsync(2);

        // At 10.5 s the first three have left the window but the two from 5 s have not: a fixed
        // window resetting at 10 s would allow five here, the moving one allows three.
        clock.Advance(TimeSpan.FromSeconds(5.5));
        var statuses = await GetManyAsync(4);

        Assert.That(statuses, Is.EqualTo(new[] { 200, 200, 200, 429 }));
        Assert.That(Server.Log.PeakInAnyWindow(TimeSpan.FromSeconds(10)), Is.EqualTo(5));
    }

    [Test]
    public async Task RejectedRequests_DoNotCount_WindowFreesWhenAcceptedOnesAge()
    {
        await GetManyAsync(5);
        clock.Advance(TimeSpan.FromSeconds(9));
        await GetManyAsync(3);
        clock.Advance(TimeSpan.FromSeconds(1));

        Assert.That(await GetManyAsync(5), Is.All.EqualTo(200));
    }

    [Test]
    public async Task Headers_EveryResponse_ReportLimitUsedAndRemainingOfTheWindow()
    {
        await GetManyAsync(2);
        using var third = await Http.GetAsync("releases/1");
        await GetManyAsync(2);
        using var throttled = await Http.GetAsync("oauth/identity");

        Assert.That(third.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(RateHeaders(third), Is.EqualTo((5, 3, 2)));
        Assert.That(RateHeaders(throttled), Is.EqualTo((5, 5, 0)));
    }

    [Test]
    public async Task ConsumeBudget_OtherTrafficFromTheSameIp_LeavesOnlyTheRest()
    {
        Server.ConsumeBudget(3);
        using var first = await Http.GetAsync("oauth/identity");
        var statuses = await GetManyAsync(2);

        Assert.That(RateHeaders(first), Is.EqualTo((5, 4, 1)));
        Assert.That(statuses, Is.EqualTo(new[] { 200, 429 }));
        clock.Advance(TimeSpan.FromSeconds(10));
        Assert.That(Server.WindowUsed, Is.Zero);
    }

    [Test]
    public async Task RetryAfter_WhenEnabled_IsTheWholeSecondsUntilTheOldestRequestAges()
    {
        await using var withRetry = await FakeDiscogsServer.StartAsync(
            new FakeDiscogsOptions { Permits = 2, Window = TimeSpan.FromSeconds(10), Time = clock, SendRetryAfter = true });
        using var client = withRetry.CreateHttpClient();
        using (await client.GetAsync("oauth/identity"))
        {
            clock.Advance(TimeSpan.FromSeconds(3.2));
        }

        using (await client.GetAsync("oauth/identity"))
        {
            using var throttled = await client.GetAsync("oauth/identity");
            Assert.That(throttled.Headers.RetryAfter?.Delta, Is.EqualTo(TimeSpan.FromSeconds(7)));
        }
    }

    [Test]
    public async Task RetryAfter_ByDefault_IsNotSent()
    {
        await GetManyAsync(5);
        using var throttled = await Http.GetAsync("oauth/identity");

        Assert.That(throttled.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
        Assert.That(throttled.Headers.RetryAfter, Is.Null);
    }

    [Test]
    public async Task RealClock_ScaledWindow_PermitReturnsAfterTheWindow()
    {
        await using var fast = await FakeDiscogsServer.StartAsync(new FakeDiscogsOptions { Permits = 1, Window = TimeSpan.FromMilliseconds(150) });
        using var client = fast.CreateHttpClient();
        using var first = await client.GetAsync("oauth/identity");
        await Task.Delay(TimeSpan.FromMilliseconds(200));
        using var second = await client.GetAsync("oauth/identity");

        Assert.That((first.StatusCode, second.StatusCode), Is.EqualTo((HttpStatusCode.OK, HttpStatusCode.OK)));
        Assert.That(fast.Log.Snapshot()[1].Arrival - fast.Log.Snapshot()[0].Arrival, Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(150)));
    }

    [Test]
    public async Task AverageRatePerWindow_EvenlySpacedRequests_IsRequestsPerWindow()
    {
        for (var i = 0; i < 5; i++)
        {
            await GetManyAsync(1);
            clock.Advance(TimeSpan.FromSeconds(4));
        }

        // Five arrivals 4 s apart: four intervals in 16 s, that is 2.5 per 10 s window.
        Assert.That(Server.Log.AverageRatePerWindow(TimeSpan.FromSeconds(10)), Is.EqualTo(2.5).Within(1e-9));
        Assert.That(Server.Log.PeakInAnyWindow(TimeSpan.FromSeconds(10)), Is.EqualTo(3));
    }

    private static (int Limit, int Used, int Remaining) RateHeaders(HttpResponseMessage response)
    {
        int Header(string name) => int.Parse(response.Headers.GetValues(name).Single(), CultureInfo.InvariantCulture);
        return (Header("X-Discogs-Ratelimit"), Header("X-Discogs-Ratelimit-Used"), Header("X-Discogs-Ratelimit-Remaining"));
    }

    private async Task<List<int>> GetManyAsync(int count)
    {
        var statuses = new List<int>();
        for (var i = 0; i < count; i++)
        {
            using var response = await Http.GetAsync("oauth/identity");
            statuses.Add((int)response.StatusCode);
        }

        return statuses;
    }
}
