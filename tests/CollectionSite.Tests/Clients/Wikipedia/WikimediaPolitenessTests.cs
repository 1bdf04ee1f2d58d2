using System.Net;
using CollectionSite.Clients.Http;
using CollectionSite.Tests.Clients.AppleMusic;
using CollectionSite.Tests.Clients.Http;
using CollectionSite.Tests.Fakes;

namespace CollectionSite.Tests.Clients.Wikipedia;

/// <summary>
/// Wikimedia's rules for both of its clients: at most 3 requests in flight, a User-Agent with the operator's contact,
/// Retry-After honoured (429 and 503); and the usual faults at client level on a fake clock.
/// </summary>
[TestFixture("Wikipedia")]
[TestFixture("Wikidata")]
public sealed class WikimediaPolitenessTests(string site)
{
    private bool IsWikipedia => site == "Wikipedia";

    /// <summary>One request per call: a summary, or a Wikidata search that finds no item.</summary>
    private string Body => IsWikipedia
        ? TestPaths.ReadFixture("wikipedia", "summary_physics_standard_2019.json")
        : TestPaths.ReadFixture("wikidata", "constructed_search_no_hits.json");

    [Test]
    public async Task TenCallsAtOnce_NeverMoreThanThreeInFlight()
    {
        using var probe = new ConcurrencyProbe(Body);
        await using var services = Over(probe.Stub);

        var most = await probe.RunAsync(10, 3, i => CallAsync(services, i));

        Assert.That((most, probe.Entered), Is.EqualTo((3, 10)));
    }

    [Test]
    public async Task AnyCall_UserAgentFollowsTheWikimediaPolicyWithTheContact()
    {
        await using var services = Over(new StubHttpMessageHandler(StubHttpMessageHandler.Status(HttpStatusCode.OK, Body)));

        await CallAsync(services, 1);

        Assert.That(services.Stub.Requests.Single().Headers["User-Agent"], Does.Match(
            @"^CollectionSite/\d+\.\d+\.\d+ \(https://\S+; collector@example\.org\) System\.Net\.Http/\d+\.\d+"));
    }

    [TestCase(HttpStatusCode.TooManyRequests)]
    [TestCase(HttpStatusCode.ServiceUnavailable)]
    public async Task RetryAfter_WaitedBeforeTheRetry(HttpStatusCode status)
    {
        await using var services = Over(new StubHttpMessageHandler(
            StubHttpMessageHandler.Status(status, """{"error":{"code":"ratelimited","info":"slow down"}}""", r => r.Headers.Add("Retry-After", "12")),
            StubHttpMessageHandler.Status(HttpStatusCode.OK, Body)));

        await services.Time.DriveAsync(CallAsync(services, 1).ContinueWith(_ => 0, TaskScheduler.Default), TimeSpan.FromMilliseconds(500), until: () => services.Stub.Calls == 2);

        Assert.That(services.Stub.Calls, Is.EqualTo(2));
        Assert.That(services.Time.GetUtcNow() - TestClock.Start, Is.GreaterThanOrEqualTo(TimeSpan.FromSeconds(12)).And.LessThan(TimeSpan.FromSeconds(14)));
    }

    [Test]
    public async Task TooManyRequestsWithoutRetryAfter_WaitsForTheMinuteToDrain()
    {
        await using var services = Over(new StubHttpMessageHandler(
            StubHttpMessageHandler.Status(HttpStatusCode.TooManyRequests),
            StubHttpMessageHandler.Status(HttpStatusCode.OK, Body)));

        await services.Time.DriveAsync(CallAsync(services, 1).ContinueWith(_ => 0, TaskScheduler.Default), TimeSpan.FromSeconds(1), until: () => services.Stub.Calls == 2);

        Assert.That(services.Time.GetUtcNow() - TestClock.Start, Is.GreaterThanOrEqualTo(services.Policy.Window));
    }

    [Test]
    public async Task BurstOf5xx_RetriedUntilTheAnswerComes()
    {
        await using var services = Over(new StubHttpMessageHandler(
            StubHttpMessageHandler.Status(HttpStatusCode.BadGateway),
            StubHttpMessageHandler.Status(HttpStatusCode.GatewayTimeout),
            StubHttpMessageHandler.Status(HttpStatusCode.OK, Body)));

        await CallAsync(services, 1);

        Assert.That(services.Stub.Calls, Is.EqualTo(3));
    }

    [Test]
    public async Task NoAnswerInTime_RetriedThenItemError()
    {
        await using var services = Over(AppleMusicFaultTests.Stalled(), policy => policy with { AttemptTimeout = TimeSpan.FromSeconds(5), MaxRetries = 1 });

        var error = Assert.ThrowsAsync<RemoteApiException>(() => services.Time.DriveAsync(CallAsync(services, 1).ContinueWith(t => t.GetAwaiter().GetResult(), TaskScheduler.Default), TimeSpan.FromSeconds(1)));

        Assert.That((error!.SourceName, error.Message.Contains("no answer within 5 s", StringComparison.Ordinal)), Is.EqualTo((site, true)));
        Assert.That(services.Stub.Calls, Is.EqualTo(2));
    }

    [TestCase("""{"query":{"sea""", "application/json", "malformed JSON")]
    [TestCase("<!DOCTYPE html><html><body>Wikimedia Error</body></html>", "text/html", "text/html instead of JSON")]
    public async Task BrokenBodyWith200_RetriedThenItemError(string body, string mediaType, string problem)
    {
        await using var services = Over(new StubHttpMessageHandler(StubHttpMessageHandler.Reply(HttpStatusCode.OK, body, mediaType)));

        var error = Assert.ThrowsAsync<RemoteApiException>(() => CallAsync(services, 1));

        Assert.That(error!.Message, Does.Contain(problem));
        Assert.That(services.Stub.Calls, Is.EqualTo(1 + services.Policy.MaxBodyRetries));
    }

    [Test]
    public async Task Forbidden_FatalNamingTheContactSetting()
    {
        await using var services = Over(new StubHttpMessageHandler(StubHttpMessageHandler.Reply(HttpStatusCode.Forbidden, "Please set a user-agent and respect our robot policy", "text/plain")));

        var error = Assert.ThrowsAsync<RemoteAuthenticationException>(() => CallAsync(services, 1));

        Assert.That((error!.SourceName, error.StatusCode), Is.EqualTo((site, (HttpStatusCode?)HttpStatusCode.Forbidden)));
        Assert.That(error.Message, Does.Contain("Wikipedia:Contact"));
    }

    private WikipediaServices Over(StubHttpMessageHandler stub, Func<HttpPolicyOptions, HttpPolicyOptions>? adjust = null) =>
        IsWikipedia ? WikipediaServices.Wikipedias(stub, adjust) : WikipediaServices.Wikidatas(stub, adjust);

    private Task<object?> CallAsync(WikipediaServices services, int i) => IsWikipedia
        ? services.Wikipedia.GetSummaryAsync($"Title {i}", CancellationToken.None).ContinueWith(t => (object?)t.GetAwaiter().GetResult(), TaskScheduler.Default)
        : services.Wikidata.FindByDiscogsArtistAsync(1000 + i, CancellationToken.None).ContinueWith(t => (object?)t.GetAwaiter().GetResult(), TaskScheduler.Default);
}
