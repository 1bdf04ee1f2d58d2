namespace CollectionSite.Configuration;

/// <summary>Discogs: the account whose collection is harvested, and how politely the API is used.</summary>
public sealed class DiscogsSettings : ISettingsSection
{
    public const string DefaultBaseUrl = "https://api.discogs.com";

    public string SectionName => "Discogs";

    public string? Username { get; set; }

    /// <summary>Personal access token. Secret: never logged, never printed.</summary>
    public string? Token { get; set; }

    /// <summary>API root; a path prefix (for a proxy) is allowed.</summary>
    public string BaseUrl { get; set; } = DefaultBaseUrl;

    /// <summary>Budget for any moving window of <see cref="RateLimitWindowSeconds"/>. Discogs allows 60 authenticated requests a minute.</summary>
    public int RequestsPerMinute { get; set; } = 60;

    /// <summary>Seconds one request may take before it is abandoned and retried (waits for a rate-limit permit do not count).</summary>
    public int TimeoutSeconds { get; set; } = 30;

    /// <summary>Length of the moving rate-limit window in seconds. Discogs uses 60; change it only for a proxy or a test server.</summary>
    public int RateLimitWindowSeconds { get; set; } = 60;

    /// <summary>
    /// Days after which the whole collection is listed again even when page 1 shows nothing new (0: every run). Between
    /// full listings a run reads page 1 only (newest first) and stops there when its total and items are all known; a
    /// full listing also catches rating and note edits on older copies.
    /// </summary>
    public int FullListingDays { get; set; } = 7;

    public IEnumerable<string> Secrets => [.. new[] { Token }.OfType<string>()];

    public void Read(ConfigurationValues values, SettingsRequirement requirement)
    {
        Username = values.OptionalString("Discogs:Username");
        Token = values.OptionalString("Discogs:Token");
        BaseUrl = values.HttpUrl("Discogs:BaseUrl", BaseUrl);
        RequestsPerMinute = values.WholeNumber("Discogs:RequestsPerMinute", RequestsPerMinute, 1, 6000);
        TimeoutSeconds = values.WholeNumber("Discogs:TimeoutSeconds", TimeoutSeconds, 1, 600);
        RateLimitWindowSeconds = values.WholeNumber("Discogs:RateLimitWindowSeconds", RateLimitWindowSeconds, 1, 3600);
        FullListingDays = values.WholeNumber("Discogs:FullListingDays", FullListingDays, 0, 365);
        if (!requirement.HasFlag(SettingsRequirement.DiscogsAccount))
        {
            return;
        }

        Username = values.RequiredString("Discogs:Username", values.Sources.SettingsFile);
        Token = values.RequiredString("Discogs:Token", values.Sources.SecretsFile);
        if (Token.Any(char.IsWhiteSpace))
        {
            throw new ConfigurationException(
                $"Discogs:Token contains whitespace ({values.SourceOf("Discogs:Token")}). Copy the token again from https://www.discogs.com/settings/developers.");
        }
    }
}
