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

    public bool IsConfigured => ClientId is not null;

    public IEnumerable<string> Secrets => [.. new[] { ClientSecret }.OfType<string>()];

    public void Read(ConfigurationValues values, SettingsRequirement requirement)
    {
        ClientId = values.OptionalString("Spotify:ClientId");
        ClientSecret = values.OptionalString("Spotify:ClientSecret");
        Market = SettingsFormats.CountryCode(values, "Spotify:Market", Market).ToUpperInvariant();
        ApiBaseUrl = values.HttpUrl("Spotify:ApiBaseUrl", ApiBaseUrl);
        AccountsBaseUrl = values.HttpUrl("Spotify:AccountsBaseUrl", AccountsBaseUrl);
        if (IsConfigured)
        {
            ClientSecret = values.RequiredString("Spotify:ClientSecret", values.Sources.SecretsFile);
        }
    }
}
