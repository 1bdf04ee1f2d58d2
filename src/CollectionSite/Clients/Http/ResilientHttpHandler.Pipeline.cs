using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.RateLimiting;
using Polly.Retry;
using Polly.Timeout;

namespace CollectionSite.Clients.Http;

/// <summary>The Polly pipeline: which outcomes are retried, how long to wait, who may send.</summary>
public sealed partial class ResilientHttpHandler
{
    /// <summary>
    /// Retry outermost, then admission, then the timeout: the timeout covers only the send, so time spent waiting
    /// for a permit or in a 429 pause (both enforced by the limiter) is never charged to an attempt.
    /// </summary>
    private ResiliencePipeline<HttpResponseMessage> Build()
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time };
        if (options.MaxRetries > 0)
        {
            // Polly refuses a retry strategy of zero retries; one attempt (a diagnostic probe) simply has none.
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                ShouldHandle = ShouldRetryAsync,
                MaxRetryAttempts = options.MaxRetries,
                DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(RetryDelay(args.Outcome, args.AttemptNumber)),
                OnRetry = async args => logger.LogWarning(
                    "{Service}: {Problem}; retry {Retry} of {Max} in {Seconds:0.0} s",
                    options.ServiceName,
                    await DescribeAsync(args.Outcome, args.Context.CancellationToken),
                    args.AttemptNumber + 1,
                    options.MaxRetries,
                    args.RetryDelay.TotalSeconds),
            });
        }

        return builder
            .AddRateLimiter(new RateLimiterStrategyOptions { RateLimiter = AdmitAsync })
            .AddTimeout(options.AttemptTimeout)
            .Build();
    }

    /// <summary>
    /// Every attempt passes here, outside its timeout: an open breaker refuses at once, else the attempt waits for a
    /// permit and, when the host caps concurrency, for a sending slot. The lease returned is held by Polly until the
    /// attempt ends, so a slot is held only while sending.
    /// </summary>
    private async ValueTask<RateLimitLease> AdmitAsync(RateLimiterArguments args)
    {
        if (breaker.IsOpen)
        {
            throw new CircuitOpenException(
                options.ServiceName,
                $"{options.ServiceName} kept failing ({breaker.Threshold} failed attempts in a row), so its work stopped instead of hammering it. Finished work is saved; run again later to resume.");
        }

        deadline?.ThrowIfPassed(options.ServiceName);
        var runToken = args.Context.CancellationToken;
        // A wait for a permit or a slot ends at the run's deadline: time past it belongs to the render.
        using var budget = deadline?.Remaining is { } left ? new CancellationTokenSource(left, time) : null;
        using var linked = budget is null ? null : CancellationTokenSource.CreateLinkedTokenSource(runToken, budget.Token);
        try
        {
            return await WaitForAdmissionAsync(linked?.Token ?? runToken);
        }
        catch (OperationCanceledException) when (budget?.IsCancellationRequested == true && !runToken.IsCancellationRequested)
        {
            throw new TimeBudgetExhaustedException(options.ServiceName);
        }
    }

    private async ValueTask<RateLimitLease> WaitForAdmissionAsync(CancellationToken cancellationToken)
    {
        if (sendingSlots is null)
        {
            return await limiter.AcquireAsync(1, cancellationToken);
        }

        while (true)
        {
            // Permit first without taking it, then a slot, then the permit: a request waiting for a slot must not
            // hold a permit (it would be counted before the request leaves), nor a slot while it waits for a permit.
            await limiter.WaitForPermitAsync(cancellationToken);
            var slot = await sendingSlots.AcquireAsync(1, cancellationToken);
            using var permit = limiter.AttemptAcquire();
            if (permit.IsAcquired)
            {
                return slot;
            }

            // Another request took the permit while this one waited for a slot.
            slot.Dispose();
        }
    }

    /// <summary>Retries after an unusable 2xx body so far in this request: the cap counts those, not every attempt, so a
    /// body hiccup after a 5xx or a reset still gets its retries.</summary>
    private static readonly ResiliencePropertyKey<int> BodyRetries = new("CollectionSite.BodyRetries");

    private async ValueTask<bool> ShouldRetryAsync(RetryPredicateArguments<HttpResponseMessage> args)
    {
        switch (args.Outcome)
        {
            case { Exception: HttpRequestException or TimeoutRejectedException }:
                return true;
            case { Result: { } response } when IsTransient(response.StatusCode):
                return true;
            case { Result: { } response } when options.ExpectJson && HasBody(response):
                var used = args.Context.Properties.GetValue(BodyRetries, 0);
                if (used >= options.MaxBodyRetries || await JsonBody.ProblemAsync(response.Content, args.Context.CancellationToken) is null)
                {
                    return false;
                }

                args.Context.Properties.Set(BodyRetries, used + 1);
                return true;
            default:
                return false;
        }
    }

    /// <summary>Waits after a 429 or a 503 with Retry-After are enforced by the limiter (shared by all requests to the
    /// host), so the retry itself adds none; other failures back off exponentially with full jitter.</summary>
    private TimeSpan RetryDelay(Outcome<HttpResponseMessage> outcome, int attempt)
    {
        if (outcome.Result is { } response && PausesHost(response))
        {
            return TimeSpan.Zero;
        }

        var ceiling = Math.Min(options.MaxRetryDelay.TotalMilliseconds, options.BaseRetryDelay.TotalMilliseconds * Math.Pow(2, attempt));
        return TimeSpan.FromMilliseconds((ceiling / 2) + (options.Jitter.NextDouble() * ceiling / 2));
    }

    private static async Task<string> DescribeAsync(Outcome<HttpResponseMessage> outcome, CancellationToken cancellationToken)
    {
        if (outcome.Exception is { } ex)
        {
            return ex.Message;
        }

        var response = outcome.Result!;
        var path = response.RequestMessage?.RequestUri?.PathAndQuery;
        return IsTransient(response.StatusCode)
            ? string.Create(CultureInfo.InvariantCulture, $"{(int)response.StatusCode} on {path}")
            : $"{await JsonBody.ProblemAsync(response.Content, cancellationToken)} on {path}";
    }
}
