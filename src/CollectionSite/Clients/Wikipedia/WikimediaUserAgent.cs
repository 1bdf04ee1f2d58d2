using CollectionSite.Clients.Http;

namespace CollectionSite.Clients.Wikipedia;

/// <summary>
/// The User-Agent Wikimedia's policy asks for: <c>&lt;client&gt;/&lt;version&gt; (&lt;contact information&gt;) &lt;library&gt;/&lt;version&gt;</c>.
/// Clients without contact information "may be blocked without notice".
/// </summary>
public static class WikimediaUserAgent
{
    /// <summary>"CollectionSite/0.1.0 (https://github.com/collectionsite/collectionsite; me@example.org) System.Net.Http/10.0.0".</summary>
    /// <param name="contact">Wikipedia:Contact: an e-mail address or a URL.</param>
    public static string For(string contact) =>
        $"CollectionSite/{HttpPolicyOptions.ApplicationVersion} ({HttpPolicyOptions.ProjectUrl}; {contact}) System.Net.Http/{Environment.Version}";
}
