using CollectionSite.Clients.Http;
using Microsoft.Extensions.Logging.Abstractions;

namespace CollectionSite.Tests.Clients.Http;

/// <summary>
/// A <see cref="ResilientHttpHandler"/> over a stub, on a fake clock that moves only when a test drives it: no test
/// waits on the real clock. Retry delays default to zero, so only the waits a test is about need the clock.
/// </summary>
internal sealed class HandlerHarness : IDisposable
{
    public HandlerHarness(StubHttpMessageHandler stub, HttpPolicyOptions? options = null)
    {
        Stub = stub;
        Options = options ?? DefaultOptions();
        Limiter = new MovingWindowRateLimiter(Options.PermitsPerWindow, Options.Window, Options.SafetyMargin, Time);
        Client = new HttpClient(new ResilientHttpHandler(Options, Limiter, Time, NullLogger.Instance) { InnerHandler = stub });
    }

    public FakeTimeProvider Time { get; } = new();

    public StubHttpMessageHandler Stub { get; }

    public HttpPolicyOptions Options { get; }

    public MovingWindowRateLimiter Limiter { get; }

    public HttpClient Client { get; }

    public static HttpPolicyOptions DefaultOptions() => new()
    {
        ServiceName = "Test API",
        PermitsPerWindow = 1000,
        Window = TimeSpan.FromSeconds(1),
        BaseRetryDelay = TimeSpan.Zero,
        MaxRetryDelay = TimeSpan.Zero,
        Jitter = new Random(7),
    };

    public Task<HttpResponseMessage> GetAsync(string path = "/releases/1") => Client.GetAsync(new Uri("http://test" + path));

    /// <summary>
    /// Moves the fake clock in <paramref name="step"/>s until <paramref name="work"/> ends or <paramref name="until"/>
    /// holds, then lets the work finish on a clock that no longer moves. Between steps the test yields for a
    /// millisecond so continuations queued by the last step run first: the real clock orders work, never asserts.
    /// </summary>
    /// <param name="until">Stop moving the clock once this holds (e.g. "the retry reached the server"), so nothing
    /// that starts afterwards can time out.</param>
    public async Task<T> DriveAsync<T>(Task<T> work, TimeSpan step, Func<bool>? until = null, int maxSteps = 10_000)
    {
        for (var steps = 0; !work.IsCompleted && until?.Invoke() != true; steps++)
        {
            Assert.That(steps, Is.LessThan(maxSteps), $"still running after {maxSteps} steps of {step}; {Stub.Calls} calls");
            Time.Advance(step);
            await Task.Delay(TimeSpan.FromMilliseconds(1), CancellationToken.None);
        }

        return await work;
    }

    public void Dispose() => Client.Dispose();
}
