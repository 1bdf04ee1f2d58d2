using CollectionSite.Clients.Http;
using CollectionSite.Clients.Wikidata;
using CollectionSite.Clients.Wikipedia;
using CollectionSite.Configuration;
using CollectionSite.Tests.Clients.Http;
using CollectionSite.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace CollectionSite.Tests.Clients.Wikipedia;

/// <summary>The production Wikipedia and Wikidata registrations over a stub, with a contact set as the policy requires.</summary>
internal sealed class WikipediaServices : IAsyncDisposable
{
    public const string Contact = "collector@example.org";

    private WikipediaServices(ServiceProvider provider, StubHttpMessageHandler stub, FakeTimeProvider time, HttpPolicyOptions policy)
    {
        Provider = provider;
        Stub = stub;
        Time = time;
        Policy = policy;
    }

    public ServiceProvider Provider { get; }

    public StubHttpMessageHandler Stub { get; }

    public FakeTimeProvider Time { get; }

    public HttpPolicyOptions Policy { get; }

    public IWikipediaApi Wikipedia => Provider.GetRequiredService<IWikipediaApi>();

    public IWikidataApi Wikidata => Provider.GetRequiredService<IWikidataApi>();

    public static WikipediaServices Wikipedias(StubHttpMessageHandler stub, Func<HttpPolicyOptions, HttpPolicyOptions>? adjust = null)
    {
        var settings = new WikipediaSettings { BaseUrl = "http://127.0.0.1:5004/en-wiki", Contact = Contact };
        return Build(stub, WikipediaServiceCollectionExtensions.PolicyFor(settings), adjust, (services, policy) => services.AddWikipediaClient(settings, policy));
    }

    public static WikipediaServices Wikidatas(StubHttpMessageHandler stub, Func<HttpPolicyOptions, HttpPolicyOptions>? adjust = null)
    {
        var settings = new WikidataSettings { BaseUrl = "http://127.0.0.1:5005/wikidata", Contact = Contact };
        return Build(stub, WikidataServiceCollectionExtensions.PolicyFor(settings), adjust, (services, policy) => services.AddWikidataClient(settings, policy));
    }

    public ValueTask DisposeAsync() => Provider.DisposeAsync();

    private static WikipediaServices Build(
        StubHttpMessageHandler stub, HttpPolicyOptions production, Func<HttpPolicyOptions, HttpPolicyOptions>? adjust, Func<IServiceCollection, HttpPolicyOptions, IHttpClientBuilder> register)
    {
        var policy = ClientServices.WithoutBackOff(production);
        policy = adjust?.Invoke(policy) ?? policy;
        var time = new FakeTimeProvider(TestClock.Start);
        var services = ClientServices.Host(time, new SecretRedactor([]));
        register(services, policy).ConfigurePrimaryHttpMessageHandler(() => stub);
        return new WikipediaServices(services.Build(), stub, time, policy);
    }
}
