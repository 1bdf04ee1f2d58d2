namespace CollectionSite.Configuration;

/// <summary>
/// AppleMusic: a MusicKit key (Apple Developer account → Certificates, Identifiers &amp; Profiles → Keys) that signs
/// the developer token. The source is off until TeamId is set; then KeyId and one of PrivateKey (the .p8 file's
/// PEM text, handy for CI secrets) or PrivateKeyPath are required.
/// </summary>
public sealed class AppleMusicSettings : ISettingsSection
{
    public const string DefaultBaseUrl = "https://api.music.apple.com";

    public string SectionName => "AppleMusic";

    public string? TeamId { get; set; }

    public string? KeyId { get; set; }

    /// <summary>PEM text of the .p8 key. Secret.</summary>
    public string? PrivateKey { get; set; }

    public string? PrivateKeyPath { get; set; }

    /// <summary>Two-letter storefront (country) whose catalogue is searched, e.g. "us", "gb", "jp".</summary>
    public string Storefront { get; set; } = "us";

    public string BaseUrl { get; set; } = DefaultBaseUrl;

    /// <summary>
    /// Budget for any moving minute. Apple publishes no limit and answers 429 when throttled; 2 a second keeps the
    /// source (1–3 requests a release) faster than the Discogs harvest it follows, without pressing Apple.
    /// </summary>
    public int RequestsPerMinute { get; set; } = 120;

    /// <summary>Seconds one request may take before it is abandoned and retried (waits for a permit do not count).</summary>
    public int TimeoutSeconds { get; set; } = 30;

    public bool IsConfigured => TeamId is not null;

    /// <summary>The key as given, and the forms it can leak in: each base64 line of its body (an error may quote one)
    /// and the one-line form with literal <c>\n</c> that environment variables carry.</summary>
    public IEnumerable<string> Secrets => PrivateKey is not { } pem ? [] : KeyForms(pem).Distinct(StringComparer.Ordinal);

    private static IEnumerable<string> KeyForms(string pem) =>
    [
        pem,
        pem.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal),
        .. pem.Replace("\\n", "\n", StringComparison.Ordinal).Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Where(line => !line.StartsWith("-----", StringComparison.Ordinal) && line.Length >= 16),
    ];

    public void Read(ConfigurationValues values, SettingsRequirement requirement)
    {
        TeamId = values.OptionalString("AppleMusic:TeamId");
        KeyId = values.OptionalString("AppleMusic:KeyId");
        PrivateKey = values.OptionalString("AppleMusic:PrivateKey");
        PrivateKeyPath = values.OptionalString("AppleMusic:PrivateKeyPath");
        Storefront = SettingsFormats.CountryCode(values, "AppleMusic:Storefront", Storefront).ToLowerInvariant();
        BaseUrl = values.HttpUrl("AppleMusic:BaseUrl", BaseUrl);
        RequestsPerMinute = values.WholeNumber("AppleMusic:RequestsPerMinute", RequestsPerMinute, 1, 6000);
        TimeoutSeconds = values.WholeNumber("AppleMusic:TimeoutSeconds", TimeoutSeconds, 1, 600);
        if (!IsConfigured)
        {
            return;
        }

        KeyId = values.RequiredString("AppleMusic:KeyId", values.Sources.SettingsFile);
        if (PrivateKey is null && PrivateKeyPath is null)
        {
            values.RequiredString("AppleMusic:PrivateKey", values.Sources.SecretsFile);
        }

        if (PrivateKey is null && !File.Exists(PrivateKeyPath))
        {
            throw new ConfigurationException(
                $"AppleMusic:PrivateKeyPath '{PrivateKeyPath}' does not exist ({values.SourceOf("AppleMusic:PrivateKeyPath")}). Point it at the AuthKey_<KeyId>.p8 file or set AppleMusic:PrivateKey to its text.");
        }
    }
}
