namespace CollectionSite.Configuration;

/// <summary>Paths: where the site, the state and the user's templates are.</summary>
public sealed class PathSettings : ISettingsSection
{
    public string SectionName => "Paths";

    /// <summary>The Hugo site root the pages are written into.</summary>
    public string Output { get; set; } = "site-output";

    /// <summary>Where the SQLite database, logs and the artwork cache live.</summary>
    public string State { get; set; } = ".collectionsite";

    /// <summary>Folder with user copies of the page templates; empty means the bundled ones.</summary>
    public string? Templates { get; set; }

    public IEnumerable<string> Secrets => [];

    public void Read(ConfigurationValues values, SettingsRequirement requirement)
    {
        Output = NotBlank(values, "Paths:Output", Output);
        State = NotBlank(values, "Paths:State", State);
        Templates = values.OptionalString("Paths:Templates");
        if (Templates is { } templates && !Directory.Exists(templates))
        {
            throw new ConfigurationException(
                $"Paths:Templates folder '{templates}' does not exist ({values.SourceOf("Paths:Templates")}). Copy the bundled templates/ folder there or fix the path.");
        }
    }

    /// <summary>A path set to an empty string is a mistake, not a request for the default.</summary>
    private static string NotBlank(ConfigurationValues values, string key, string fallback) =>
        values.IsSet(key) ? values.RequiredString(key, values.Sources.SettingsFile) : fallback;
}
