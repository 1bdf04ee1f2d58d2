using System.Diagnostics;
using System.Globalization;

namespace CollectionSite.Bench;

/// <summary>What one fake API answers to one request: status, JSON body and extra headers.</summary>
internal sealed record FakeAnswer(int Status, string Body, IReadOnlyDictionary<string, string>? Headers = null)
{
    public static FakeAnswer Ok(string body) => new(200, body);
}

/// <summary>Counts of one fake API over one run.</summary>
internal sealed record FakeApiCounts(int Requests, int RateLimited, int OverConcurrency, IReadOnlySet<string> Targets);

/// <summary>
/// The limits of one fake API, enforced as the real service would: a moving window over arrival times (a request
/// arriving when <see cref="Permits"/> others arrived within the last <see cref="Window"/> gets 429 with Retry-After, and
/// is not counted in the window), optionally a cap on requests in flight (Wikimedia's 3; more also gets 429), and a fixed
/// latency before each answer. Every request is counted per run, with its path and query, so a second run's repeats show.
/// </summary>
internal sealed class EnrichmentFakeApi(string name, int permits, TimeSpan window, int? maxInFlight, TimeSpan latency)
{
    private readonly Queue<long> arrivals = new();
    private readonly Lock gate = new();
    private HashSet<string> targets = new(StringComparer.Ordinal);
    private int requests;
    private int rateLimited;
    private int overConcurrency;
    private int inFlight;

    public string Name => name;

    public int Permits => permits;

    public TimeSpan Window => window;

    /// <summary>The most requests a second this API accepts on average: its floor is requests ÷ this.</summary>
    public double RatePerSecond => permits / window.TotalSeconds;

    /// <summary>Answers one request: the window and the in-flight cap first, then the latency, then <paramref name="route"/>.</summary>
    public async Task<FakeAnswer> HandleAsync(string target, Func<FakeAnswer> route, CancellationToken cancellationToken)
    {
        var admitted = Admit(target, out var retryAfter, out var concurrencyExceeded);
        try
        {
            await Task.Delay(latency, cancellationToken);
            if (!admitted)
            {
                var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                var why = concurrencyExceeded ? "too many concurrent requests" : "rate limit exceeded";
                return new FakeAnswer(429, $$"""{"message":"{{why}}"}""", new Dictionary<string, string> { ["Retry-After"] = seconds });
            }

            return route();
        }
        finally
        {
            Interlocked.Decrement(ref inFlight);
        }
    }

    /// <summary>Requests accepted within the last window (what Discogs reports as X-Discogs-Ratelimit-Used).</summary>
    public int Used
    {
        get
        {
            lock (gate)
            {
                var now = Stopwatch.GetTimestamp();
                return arrivals.Count(arrival => Stopwatch.GetElapsedTime(arrival, now) < window);
            }
        }
    }

    /// <summary>The counts since the last call, and a fresh start for the next run.</summary>
    public FakeApiCounts TakeCounts()
    {
        lock (gate)
        {
            var counts = new FakeApiCounts(requests, rateLimited, overConcurrency, targets);
            (requests, rateLimited, overConcurrency, targets) = (0, 0, 0, new HashSet<string>(StringComparer.Ordinal));
            return counts;
        }
    }

    private bool Admit(string target, out TimeSpan retryAfter, out bool concurrencyExceeded)
    {
        var now = Stopwatch.GetTimestamp();
        var running = Interlocked.Increment(ref inFlight);
        lock (gate)
        {
            requests++;
            targets.Add(target);
            while (arrivals.Count > 0 && Stopwatch.GetElapsedTime(arrivals.Peek(), now) >= window)
            {
                arrivals.Dequeue();
            }

            concurrencyExceeded = maxInFlight is { } cap && running > cap;
            if (concurrencyExceeded)
            {
                overConcurrency++;
                retryAfter = TimeSpan.FromSeconds(1);
                return false;
            }

            if (arrivals.Count >= permits)
            {
                rateLimited++;

                retryAfter = window - Stopwatch.GetElapsedTime(arrivals.Peek(), now);
                return false;
            }

            arrivals.Enqueue(now);
            retryAfter = TimeSpan.Zero;
            return true;
        }
    }
}
