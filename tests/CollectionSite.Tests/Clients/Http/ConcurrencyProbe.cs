using System.Net;
using System.Text;

namespace CollectionSite.Tests.Clients.Http;

/// <summary>
/// A server that holds every request until the test lets one go, counting how many are in it at once: concurrency is
/// observed where it matters (at the server), with no timing involved.
/// </summary>
internal sealed class ConcurrencyProbe : IDisposable
{
    private readonly SemaphoreSlim gate = new(0);
    private int inFlight;
    private int maxInFlight;
    private int entered;

    public ConcurrencyProbe(string body = "{}") => Stub = new StubHttpMessageHandler(async (_, token) =>
    {
        var now = Interlocked.Increment(ref inFlight);
        Interlocked.Increment(ref entered);
        for (var max = Volatile.Read(ref maxInFlight); now > max; max = Volatile.Read(ref maxInFlight))
        {
            Interlocked.CompareExchange(ref maxInFlight, now, max);
        }

        try
        {
            await gate.WaitAsync(token);
        }
        finally
        {
            Interlocked.Decrement(ref inFlight);
        }

        return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
    });

    public StubHttpMessageHandler Stub { get; }

    public int MaxInFlight => Volatile.Read(ref maxInFlight);

    public int Entered => Volatile.Read(ref entered);

    /// <summary>
    /// Runs <paramref name="calls"/> requests at once and lets them through one by one, each time after as many as the
    /// cap allows have arrived; returns the most that were ever in the server together.
    /// </summary>
    public async Task<int> RunAsync(int calls, int cap, Func<int, Task> call)
    {
        var running = Enumerable.Range(0, calls).Select(call).ToList();
        for (var released = 0; released < calls; released++)
        {
            var expected = Math.Min(released + cap, calls);
            await FakeClock.UntilAsync(() => Entered >= expected, $"{expected} requests reach the server ({Entered} did)");
            gate.Release();
        }

        await Task.WhenAll(running);
        return MaxInFlight;
    }

    public void Dispose() => gate.Dispose();
}
