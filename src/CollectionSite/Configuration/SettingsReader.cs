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
}
