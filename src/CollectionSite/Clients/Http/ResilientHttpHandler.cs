using System.Globalization;
using System.Net;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace CollectionSite.Clients.Http;

/// <summary>
/// The one resilience handler of a typed client: every attempt first takes a permit from the host's exact
/// moving-window limiter, the server's rate headers correct our count, 429 blocks the host until Retry-After
/// (or a drained window), 5xx/408/timeouts/connection failures are retried with jittered exponential
/// back-off (Polly), and a circuit breaker stops the run when the service keeps failing.
/// </summary>
public sealed class ResilientHttpHandler : DelegatingHandler
{
    private readonly HttpPolicyOptions options;
    private readonly MovingWindowRateLimiter limiter;
    private readonly TimeProvider time;
    private readonly ILogger logger;
    private readonly ResiliencePipeline<HttpResponseMessage> pipeline;
    private readonly ConsecutiveFailureBreaker breaker;

    public ResilientHttpHandler(HttpPolicyOptions options, MovingWindowRateLimiter limiter, TimeProvider time, ILogger logger)
    {
        this.options = options;
        this.limiter = limiter;
        this.time = time;
        this.logger = logger;
        breaker = new ConsecutiveFailureBreaker(options.BreakerThreshold);
        pipeline = Build();
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            return await pipeline.ExecuteAsync(
                async (state, attemptToken) => await SendOnceAsync(state.Request, state.RunToken, attemptToken),
                (Request: request, RunToken: cancellationToken),
                cancellationToken);
        }
        catch (TimeoutRejectedException ex)
        {
            throw new HttpRequestException($"no answer within {options.AttemptTimeout.TotalSeconds:0.#} s", ex);
        }
    }

    /// <param name="original">The request; each attempt sends a copy.</param>
    /// <param name="runToken">Cancelled when the run is cancelled.</param>
    /// <param name="cancellationToken">Cancelled also when this attempt times out.</param>
    private async Task<HttpResponseMessage> SendOnceAsync(HttpRequestMessage original, CancellationToken runToken, CancellationToken cancellationToken)
    {
        if (breaker.IsOpen)
        {
            throw new CircuitOpenException(
                $"{options.ServiceName} kept failing ({breaker.Threshold} failed attempts in a row), so the run stopped instead of hammering it. Finished work is saved; run again later to resume.");
        }

        using var lease = await limiter.AcquireAsync(1, cancellationToken);
        HttpResponseMessage response;
        try
        {
            response = await base.SendAsync(Clone(original), cancellationToken);
        }
        catch (Exception ex) when (ex is HttpRequestException || (ex is OperationCanceledException && !runToken.IsCancellationRequested))
        {
            breaker.RecordFailure();
            throw;
        }

        if (IsTransient(response.StatusCode))
        {
            breaker.RecordFailure();
        }
        else
        {
            breaker.RecordSuccess();
        }

        if (options.ReadServerBudget(response) is { } budget)
        {
            limiter.ObserveServerUsage(budget.Used, budget.Limit);
        }

        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            var wait = RetryAfter.From(response.Headers, time.GetUtcNow()) ?? limiter.WindowDrainTime;
            wait += TimeSpan.FromMilliseconds(options.Jitter.NextDouble() * options.SafetyMargin.TotalMilliseconds);
            limiter.BackOff(wait);
            logger.LogWarning("{Service} answered 429 to {Path}; pausing all requests for {Seconds:0.0} s", options.ServiceName, original.RequestUri?.PathAndQuery, wait.TotalSeconds);
        }

        return response;
    }

    private ResiliencePipeline<HttpResponseMessage> Build()
    {
        var transient = new PredicateBuilder<HttpResponseMessage>()
            .Handle<HttpRequestException>()
            .Handle<TimeoutRejectedException>()
            .HandleResult(r => IsTransient(r.StatusCode));

        return new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                ShouldHandle = transient,
                MaxRetryAttempts = options.MaxRetries,
                DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(RetryDelay(args.Outcome, args.AttemptNumber)),
                OnRetry = args =>
                {
                    logger.LogWarning(
                        "{Service}: {Problem}; retry {Retry} of {Max} in {Seconds:0.0} s",
                        options.ServiceName,
                        Describe(args.Outcome),
                        args.AttemptNumber + 1,
                        options.MaxRetries,
                        args.RetryDelay.TotalSeconds);
                    return ValueTask.CompletedTask;
                },
            })
            .AddTimeout(options.AttemptTimeout)
            .Build();
    }

    private static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout || (int)status >= 500;

    /// <summary>429 waits are enforced by the limiter (shared by all requests to the host), so the retry itself
    /// adds none; other failures back off exponentially with full jitter.</summary>
    private TimeSpan RetryDelay(Outcome<HttpResponseMessage> outcome, int attempt)
    {
        if (outcome.Result?.StatusCode == HttpStatusCode.TooManyRequests)
        {
            return TimeSpan.Zero;
        }

        var ceiling = Math.Min(options.MaxRetryDelay.TotalMilliseconds, options.BaseRetryDelay.TotalMilliseconds * Math.Pow(2, attempt));
        return TimeSpan.FromMilliseconds((ceiling / 2) + (options.Jitter.NextDouble() * ceiling / 2));
    }

    private static string Describe(Outcome<HttpResponseMessage> outcome) =>
        outcome.Exception is { } ex
            ? ex.Message
            : string.Create(CultureInfo.InvariantCulture, $"{(int)outcome.Result!.StatusCode} on {outcome.Result.RequestMessage?.RequestUri?.PathAndQuery}");

    /// <summary>A request message can be sent only once; every attempt sends a copy (our requests are body-less GETs).</summary>
    private static HttpRequestMessage Clone(HttpRequestMessage original)
    {
        var copy = new HttpRequestMessage(original.Method, original.RequestUri) { Version = original.Version, VersionPolicy = original.VersionPolicy };
        foreach (var header in original.Headers)
        {
            copy.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        copy.Content = original.Content;
        return copy;
    }
}
