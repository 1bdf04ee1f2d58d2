namespace CollectionSite.Configuration;

/// <summary>Where configuration comes from for one run: the two files and the command-line overrides.</summary>
public sealed record ConfigurationSources(
    string SettingsFile,
    bool SettingsFileExplicit,
    string SecretsFile,
    bool SecretsFileExplicit,
    IReadOnlyDictionary<string, string?> CommandLineOverrides)
{
    public const string DefaultSettingsFile = "collectionsite.json";
    public const string DefaultSecretsFile = "secrets.json";
    public const string EnvironmentPrefix = "COLLECTIONSITE_";

    public static ConfigurationSources Defaults { get; } = new(
        DefaultSettingsFile, false, DefaultSecretsFile, false, new Dictionary<string, string?>());

    /// <summary>The environment variable that sets <paramref name="key"/>, e.g. COLLECTIONSITE_Discogs__Token.</summary>
    public static string EnvironmentName(string key) => EnvironmentPrefix + key.Replace(":", "__", StringComparison.Ordinal);
}
