namespace CollectionSite.Configuration;

/// <summary>Value formats shared by several sections.</summary>
internal static class SettingsFormats
{
    /// <summary>An ISO 3166-1 alpha-2 code such as "us" (storefronts, markets); case is the caller's to normalise.</summary>
    public static string CountryCode(ConfigurationValues values, string key, string fallback)
    {
        var raw = values.OptionalString(key);
        if (raw is null)
        {
            return fallback;
        }

        return raw.Length == 2 && raw.All(char.IsAsciiLetter)
            ? raw
            : throw new ConfigurationException($"{key} must be a two-letter country code such as us, gb or jp, but is '{raw}' ({values.SourceOf(key)}).");
    }
}
