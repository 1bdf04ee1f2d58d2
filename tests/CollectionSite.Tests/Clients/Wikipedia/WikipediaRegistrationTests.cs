using CollectionSite.Clients.Wikidata;
using CollectionSite.Clients.Wikipedia;
using CollectionSite.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CollectionSite.Tests.Clients.Wikipedia;

/// <summary>The Wikimedia clients cannot be registered without a contact: their User-Agent would break Wikimedia's policy.</summary>
public sealed class WikipediaRegistrationTests
{
    [Test]
    public void AddWikipediaClient_NoContact_OneLineNamingTheKey()
    {
        var error = Assert.Throws<ConfigurationException>(() => new ServiceCollection().AddWikipediaClient(new WikipediaSettings()));

        Assert.That(error!.Message, Does.StartWith("Wikipedia:Contact is missing").And.Contain("COLLECTIONSITE_Wikipedia__Contact"));
    }

    [Test]
    public void AddWikidataClient_NoContact_OneLineNamingTheWikipediaKey()
    {
        var error = Assert.Throws<ConfigurationException>(() => new ServiceCollection().AddWikidataClient(new WikidataSettings()));

        Assert.That(error!.Message, Does.StartWith("Wikipedia:Contact is missing"));
    }

    [Test]
    public void PolicyFor_Contact_ThreeInFlightAndTheContactInTheUserAgent()
    {
        var policy = WikipediaServiceCollectionExtensions.PolicyFor(new WikipediaSettings { Contact = "https://example.org/me" });

        Assert.That((policy.MaxConcurrentRequests, policy.ServiceName), Is.EqualTo(((int?)3, "Wikipedia")));
        Assert.That(policy.UserAgent, Does.Contain("; https://example.org/me)"));
    }
}
