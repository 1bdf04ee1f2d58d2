using System.Globalization;
using System.Net;
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
    private ResiliencePipeline<HttpResponseMessage> Build() =>
        new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
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
            })
            .AddRateLimiter(new RateLimiterStrategyOptions { RateLimiter = AdmitAsync })
            .AddTimeout(options.AttemptTimeout)
            .Build();

    /// <summary>Every attempt passes here, outside its timeout: an open breaker refuses at once, else the attempt waits for a permit.</summary>
    private ValueTask<RateLimitLease> AdmitAsync(RateLimiterArguments args)
    {
        if (breaker.IsOpen)
        {
            throw new CircuitOpenException(
                options.ServiceName,
                $"{options.ServiceName} kept failing ({breaker.Threshold} failed attempts in a row), so its work stopped instead of hammering it. Finished work is saved; run again later to resume.");
        }

        return limiter.AcquireAsync(1, args.Context.CancellationToken);
    }

    private async ValueTask<bool> ShouldRetryAsync(RetryPredicateArguments<HttpResponseMessage> args) => args.Outcome switch
    {
        { Exception: HttpRequestException or TimeoutRejectedException } => true,
        { Result: { } response } when IsTransient(response.StatusCode) => true,
        { Result: { } response } when options.ExpectJson && HasBody(response) && args.AttemptNumber < options.MaxBodyRetries =>
            await JsonBody.ProblemAsync(response.Content, args.Context.CancellationToken) is not null,
        _ => false,
    };

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
