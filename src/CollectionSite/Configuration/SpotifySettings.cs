namespace CollectionSite.Configuration;

/// <summary>
/// Spotify: an app's client credentials (developer.spotify.com → Dashboard → Create app). The source is off until
/// ClientId is set; then ClientSecret is required.
/// </summary>
public sealed class SpotifySettings : ISettingsSection
{
    public string SectionName => "Spotify";

    public string? ClientId { get; set; }

    /// <summary>Secret.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>Two-letter market sent with every search, e.g. "US".</summary>
    public string Market { get; set; } = "US";

    public string ApiBaseUrl { get; set; } = "https://api.spotify.com";

    public string AccountsBaseUrl { get; set; } = "https://accounts.spotify.com";

    /// <summary>
    /// Budget for any moving window of <see cref="RateLimitWindowSeconds"/>. Spotify counts calls in a rolling 30 s
    /// window and publishes no number; 50 per 30 s (100 a minute) is polite for a development-mode app.
    /// </summary>
    public int RequestsPerWindow { get; set; } = 50;

    /// <summary>Length of the moving rate-limit window in seconds: Spotify's is 30; change it only for a proxy or a test server.</summary>
    public int RateLimitWindowSeconds { get; set; } = 30;

    /// <summary>Seconds one request may take before it is abandoned and retried (waits for a permit do not count).</summary>
    public int TimeoutSeconds { get; set; } = 30;

    public bool IsConfigured => ClientId is not null;

    public IEnumerable<string> Secrets => [.. new[] { ClientSecret }.OfType<string>()];

    public void Read(ConfigurationValues values, SettingsRequirement requirement)
    {
        ClientId = values.OptionalString("Spotify:ClientId");
        ClientSecret = values.OptionalString("Spotify:ClientSecret");
        Market = SettingsFormats.CountryCode(values, "Spotify:Market", Market).ToUpperInvariant();
        ApiBaseUrl = values.HttpUrl("Spotify:ApiBaseUrl", ApiBaseUrl);
        AccountsBaseUrl = values.HttpUrl("Spotify:AccountsBaseUrl", AccountsBaseUrl);
        RequestsPerWindow = values.WholeNumber("Spotify:RequestsPerWindow", RequestsPerWindow, 1, 6000);
        RateLimitWindowSeconds = values.WholeNumber("Spotify:RateLimitWindowSeconds", RateLimitWindowSeconds, 1, 3600);
        TimeoutSeconds = values.WholeNumber("Spotify:TimeoutSeconds", TimeoutSeconds, 1, 600);
        if (IsConfigured)
        {
            ClientSecret = values.RequiredString("Spotify:ClientSecret", values.Sources.SecretsFile);
        }
    }
}
