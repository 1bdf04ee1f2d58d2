using Microsoft.Extensions.Configuration;

namespace CollectionSite.Configuration;

/// <summary>What a command needs from the configuration beyond the always-valid keys.</summary>
[Flags]
public enum SettingsRequirement
{
    None = 0,
    DiscogsAccount = 1,
}

/// <summary>
/// Reads <see cref="AppSettings"/> section by section and validates it, so a bad value is reported as one line
/// naming the key, the source it came from and how to fix it, before any work starts.
/// </summary>
public static class SettingsReader
{
    public static AppSettings Read(IConfigurationRoot root, ConfigurationSources sources, SettingsRequirement requirement)
    {
        var values = new ConfigurationValues(root, sources);
        var settings = new AppSettings();
        foreach (var section in settings.Sections)
        {
            section.Read(values, requirement);
        }

        return settings;
    }

    /// <summary>
    /// Reads every section it can, for `doctor`: a section with a bad value keeps the keys read before it and its
    /// defaults for the rest, and the reading goes on; an unreadable file is left out (environment and command line stay), so the other checks still run. The problems themselves are
    /// reported by the caller's own configuration check.
    /// </summary>
    public static AppSettings ReadLenient(ConfigurationSources sources, SettingsRequirement requirement)
    {
        IConfigurationRoot root;
        try
        {
            root = ConfigurationLoader.Build(sources);
        }
        catch (Exception ex) when (ex is ConfigurationException or IOException or UnauthorizedAccessException or InvalidDataException or FormatException)
        {
            root = ConfigurationLoader.BuildWithoutFiles(sources);
        }

        var values = new ConfigurationValues(root, sources);
        var settings = new AppSettings();
        foreach (var section in settings.Sections)
        {
            try
            {
                section.Read(values, requirement);
            }
            catch (ConfigurationException)
            {
                // Reported by doctor's configuration check; the keys read before the bad one are kept.
            }
        }

        return settings;
    }
}
