namespace CollectionSite.Configuration;

/// <summary>
/// Wikidata as a cross-reference service (Discogs artist/master ids to Wikipedia, Apple Music and Spotify ids). It is
/// a Wikimedia site, so it is used with <c>Wikipedia:Contact</c> in the User-Agent and is off until that is set.
/// </summary>
public sealed class WikidataSettings : ISettingsSection
{
    public const string DefaultBaseUrl = "https://www.wikidata.org";

    public string SectionName => "Wikidata";

    /// <summary>The wiki's root (the Action API is at /w/api.php).</summary>
    public string BaseUrl { get; set; } = DefaultBaseUrl;

    /// <summary>The operator's e-mail or URL, read from <c>Wikipedia:Contact</c> (one contact for all Wikimedia sites).</summary>
    public string? Contact { get; set; }

    /// <summary>Budget for any moving minute; at most 3 requests are in flight whatever the budget (Wikimedia's rule).</summary>
    public int RequestsPerMinute { get; set; } = 200;

    /// <summary>Seconds one request may take before it is abandoned and retried (waits for a permit do not count).</summary>
    public int TimeoutSeconds { get; set; } = 30;

    public bool IsConfigured => Contact is not null;

    public IEnumerable<string> Secrets => [];

    public void Read(ConfigurationValues values, SettingsRequirement requirement)
    {
        BaseUrl = values.HttpUrl("Wikidata:BaseUrl", BaseUrl);
        Contact = WikimediaContact.Read(values);
        RequestsPerMinute = values.WholeNumber("Wikidata:RequestsPerMinute", RequestsPerMinute, 1, 6000);
        TimeoutSeconds = values.WholeNumber("Wikidata:TimeoutSeconds", TimeoutSeconds, 1, 600);
    }
}
