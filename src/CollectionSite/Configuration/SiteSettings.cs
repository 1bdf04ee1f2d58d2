namespace CollectionSite.Configuration;

/// <summary>Site: what the generated Hugo site says about itself.</summary>
public sealed class SiteSettings : ISettingsSection
{
    public string SectionName => "Site";

    /// <summary>Written into hugo.toml when the site skeleton is installed.</summary>
    public string Title { get; set; } = "My Record Collection";

    public IEnumerable<string> Secrets => [];

    public void Read(ConfigurationValues values, SettingsRequirement requirement) =>
        Title = values.OptionalString("Site:Title") ?? Title;
}
