namespace CollectionSite.Clients.Http;

/// <summary>
/// Registered only for diagnostics (`doctor`): every rate-limited client makes one attempt with a short timeout and
/// no retries, so an unreachable host is reported in seconds with its own cause instead of after the build's
/// back-off schedule. The pipeline's policies are untouched when it is absent.
/// </summary>
public sealed class ProbePolicy
{
    /// <summary>The longest one probing attempt may take, body included.</summary>
    public static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(10);

    /// <summary><paramref name="policy"/> with one attempt (no retries of any kind) of at most <see cref="AttemptTimeout"/>.</summary>
    public static HttpPolicyOptions Apply(HttpPolicyOptions policy) => policy with
    {
        MaxRetries = 0,
        MaxBodyRetries = 0,
        AttemptTimeout = policy.AttemptTimeout < AttemptTimeout ? policy.AttemptTimeout : AttemptTimeout,
    };
}
