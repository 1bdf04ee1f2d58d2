using CollectionSite.Clients.Http;
using CollectionSite.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CollectionSite.Tests.Clients.Http;

/// <summary>
/// What every production client registration needs from the host (clock, logging, the redactor), and the test
/// policy: the production one without waits between retries and with seeded jitter, so only the waits a test is
/// about (Retry-After, a drained window, a timeout) need the fake clock.
/// </summary>
internal static class ClientServices
{
    public static HttpPolicyOptions WithoutBackOff(HttpPolicyOptions policy) => policy with
    {
        BaseRetryDelay = TimeSpan.Zero,
        MaxRetryDelay = TimeSpan.Zero,
        Jitter = new Random(11),
    };

    public static ServiceCollection Host(TimeProvider time, SecretRedactor redactor)
    {
        var services = new ServiceCollection();
        services.AddSingleton(time);
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(redactor);
        return services;
    }

    public static ServiceProvider Build(this IServiceCollection services) =>
        services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
}
