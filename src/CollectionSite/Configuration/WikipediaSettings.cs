namespace CollectionSite.Configuration;

/// <summary>
/// Wikipedia: artist biographies from the page summaries of <see cref="BaseUrl"/>. Wikimedia's User-Agent policy asks
/// every client for a way to reach its operator, so the source is off until <see cref="Contact"/> is set.
/// </summary>
public sealed class WikipediaSettings : ISettingsSection
{
    public const string DefaultBaseUrl = "https://en.wikipedia.org";

    public string SectionName => "Wikipedia";

    /// <summary>The wiki's root (the REST API is under /api/rest_v1, the Action API at /w/api.php).</summary>
    public string BaseUrl { get; set; } = DefaultBaseUrl;

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
        BaseUrl = values.HttpUrl("Wikipedia:BaseUrl", BaseUrl);
        Contact = WikimediaContact.Read(values);
        RequestsPerMinute = values.WholeNumber("Wikipedia:RequestsPerMinute", RequestsPerMinute, 1, 6000);
        TimeoutSeconds = values.WholeNumber("Wikipedia:TimeoutSeconds", TimeoutSeconds, 1, 600);
    }
}
