namespace CollectionSite.Configuration;

/// <summary>
/// One section of the configuration (Discogs, Paths, Site, ...): it owns its keys' defaults (property
/// initialisers), their binding and validation (<see cref="Read"/>), and declares which values are secrets
/// so the log redactor masks them.
/// </summary>
public interface ISettingsSection
{
    /// <summary>The section name in collectionsite.json / secrets.json, and the prefix of its keys ("Discogs").</summary>
    string SectionName { get; }

    /// <summary>Reads and validates the section's keys; throws <see cref="ConfigurationException"/> on a bad value.</summary>
    void Read(ConfigurationValues values, SettingsRequirement requirement);

    /// <summary>The values set in this section that must never reach a log or the console.</summary>
    IEnumerable<string> Secrets { get; }
}
