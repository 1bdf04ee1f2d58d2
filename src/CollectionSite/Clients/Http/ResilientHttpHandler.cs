using System.Net;
using System.Runtime.ExceptionServices;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Timeout;

namespace CollectionSite.Clients.Http;

/// <summary>
/// The one resilience handler of a client. Per request, a Polly pipeline of retry → admission (breaker, then a
/// permit from the host's exact moving-window limiter, and a sending slot when the host caps concurrent requests) →
/// per-attempt timeout → send. The server's rate headers correct our count; a 429, or a 503 with Retry-After, blocks
/// the host until Retry-After (a 429 without it: until the window has drained); 5xx/408/429, timeouts,
/// connection failures and, for JSON APIs, 2xx bodies that are not JSON are retried with jittered exponential
/// back-off; a circuit breaker stops the source when it keeps failing. The last answer goes back to the caller
/// unchanged, so the client's translation (<see cref="ApiResponses"/>) sees what the server finally said.
/// </summary>
public sealed partial class ResilientHttpHandler : DelegatingHandler
{
    private readonly HttpPolicyOptions options;
    private readonly MovingWindowRateLimiter limiter;
    private readonly TimeProvider time;
    private readonly ILogger logger;
    private readonly ResiliencePipeline<HttpResponseMessage> pipeline;
    private readonly ConsecutiveFailureBreaker breaker;
    private readonly ConcurrencyLimiter? sendingSlots;
    private readonly RequestDeadline? deadline;

    /// <param name="sendingSlots">The host's cap on requests in flight, shared by every client of the host; null: one
    /// of <see cref="HttpPolicyOptions.MaxConcurrentRequests"/> slots for this handler alone (or none when that is unset).</param>
    /// <param name="deadline">The run's time budget: no attempt starts after it, and a wait for a permit ends at it, with
    /// <see cref="TimeBudgetExhaustedException"/>; null: no budget.</param>
    public ResilientHttpHandler(
        HttpPolicyOptions options, MovingWindowRateLimiter limiter, TimeProvider time, ILogger logger, ConcurrencyLimiter? sendingSlots = null, RequestDeadline? deadline = null)
    {
        this.deadline = deadline;
        this.options = options;
        this.limiter = limiter;
        this.sendingSlots = sendingSlots ?? SendingSlots(options);
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
    /// <param name="attemptToken">Cancelled also when this attempt times out.</param>
    private async Task<HttpResponseMessage> SendOnceAsync(HttpRequestMessage original, CancellationToken runToken, CancellationToken attemptToken)
    {
        // The last moment before the request leaves: a permit granted just before the deadline does not let it start after.
        deadline?.ThrowIfPassed(options.ServiceName);
        HttpResponseMessage response;
        try
        {
            response = await ReceiveAsync(Clone(original), attemptToken);
        }
        catch (HttpRequestException ex) when (ex.InnerException is InternalAddressException refused)
        {
            // Our own refusal (PublicAddressGuard), not the host failing: no retry, no breaker count, and the one-line reason.
            ExceptionDispatchInfo.Throw(refused);
            throw;
        }
        catch (Exception ex) when (ex is HttpRequestException || (ex is OperationCanceledException && !runToken.IsCancellationRequested))
        {
            breaker.RecordFailure();
            throw;
        }

        // Callers (Refit among them) read the request from the response: show them theirs, not the copy.
        response.RequestMessage = original;
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

        if (PausesHost(response))
        {
            var wait = RetryAfter.From(response.Headers, time.GetUtcNow()) ?? limiter.WindowDrainTime;
            wait += TimeSpan.FromMilliseconds(options.Jitter.NextDouble() * options.SafetyMargin.TotalMilliseconds);
            limiter.BackOff(wait);
            logger.LogWarning(
                "{Service} answered {Status} to {Path}; pausing all requests for {Seconds:0.0} s",
                options.ServiceName,
                (int)response.StatusCode,
                original.RequestUri?.PathAndQuery,
                wait.TotalSeconds);
        }

        return response;
    }

    /// <summary>Sends, and for JSON APIs reads the whole 2xx body within the attempt so it can be checked (and a stalled body times out).</summary>
    private async Task<HttpResponseMessage> ReceiveAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        try
        {
            if (options.ExpectJson && HasBody(response))
            {
                await response.Content.LoadIntoBufferAsync(cancellationToken);
            }

            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Answers that pause every request to the host: a 429, and a 503 that says when to come back (Wikimedia, among
    /// others, sends Retry-After with both). A 503 without it is an ordinary failure with exponential back-off.
    /// </summary>
    private static bool PausesHost(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.TooManyRequests
        || (response.StatusCode == HttpStatusCode.ServiceUnavailable && response.Headers.RetryAfter is not null);

    /// <summary>Unbounded queue: a request waiting for a slot waits, it is never refused.</summary>
    private static ConcurrencyLimiter? SendingSlots(HttpPolicyOptions options) => options.MaxConcurrentRequests is { } slots
        ? new ConcurrencyLimiter(new ConcurrencyLimiterOptions { PermitLimit = slots, QueueLimit = int.MaxValue, QueueProcessingOrder = QueueProcessingOrder.OldestFirst })
        : null;

    private static bool HasBody(HttpResponseMessage response) =>
        response.IsSuccessStatusCode && response.StatusCode != HttpStatusCode.NoContent;

    private static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout || (int)status >= 500;

    /// <summary>A request message can be sent only once; every attempt sends a copy (our requests are body-less GETs).</summary>
    private static HttpRequestMessage Clone(HttpRequestMessage original)
    {
        var copy = new HttpRequestMessage(original.Method, original.RequestUri) { Version = original.Version, VersionPolicy = original.VersionPolicy };
        // As set, not as parsed: a parsed User-Agent comes back as several products that would be re-joined with commas.
        foreach (var header in original.Headers.NonValidated)
        {
            copy.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        copy.Content = original.Content;
        return copy;
    }
}
