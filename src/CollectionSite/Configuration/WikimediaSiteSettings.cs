namespace CollectionSite.Configuration;

/// <summary>
/// A Wikimedia site read by the pipeline (Wikipedia, Wikidata): its root, the budget and timeout, and the contact that
/// Wikimedia's User-Agent policy asks for (<c>Wikipedia:Contact</c>, one for all Wikimedia sites). Off until the
/// contact is set. Keys are <c>&lt;Section&gt;:BaseUrl</c>, <c>:RequestsPerMinute</c>, <c>:TimeoutSeconds</c>.
/// </summary>
public abstract class WikimediaSiteSettings(string defaultBaseUrl) : ISettingsSection
{
    public abstract string SectionName { get; }

    /// <summary>The wiki's root (the REST API is under /api/rest_v1, the Action API at /w/api.php).</summary>
    public string BaseUrl { get; set; } = defaultBaseUrl;

    /// <summary>An e-mail address or a URL where Wikimedia can reach whoever runs the tool; sent in the User-Agent.</summary>
    public string? Contact { get; set; }

    /// <summary>Budget for any moving minute. Wikimedia asks for at most 3 requests in flight (always enforced) and
    /// sets no number for reads; 200 a minute stays far below the REST API's old 200-a-second guidance.</summary>
    public int RequestsPerMinute { get; set; } = 200;

    /// <summary>Seconds one request may take before it is abandoned and retried (waits for a permit do not count).</summary>
    public int TimeoutSeconds { get; set; } = 30;

    public bool IsConfigured => Contact is not null;

    public IEnumerable<string> Secrets => [];

    public void Read(ConfigurationValues values, SettingsRequirement requirement)
    {
        BaseUrl = values.HttpUrl($"{SectionName}:BaseUrl", BaseUrl);
        Contact = WikimediaContact.Read(values);
        RequestsPerMinute = values.WholeNumber($"{SectionName}:RequestsPerMinute", RequestsPerMinute, 1, 6000);
        TimeoutSeconds = values.WholeNumber($"{SectionName}:TimeoutSeconds", TimeoutSeconds, 1, 600);
    }
}
