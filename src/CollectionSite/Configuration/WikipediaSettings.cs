namespace CollectionSite.Configuration;

/// <summary>
/// Wikipedia: artist biographies from the page summaries of <see cref="WikimediaSiteSettings.BaseUrl"/>. Wikimedia's
/// User-Agent policy asks every client for a way to reach its operator, so the source is off until
/// <see cref="WikimediaSiteSettings.Contact"/> is set.
/// </summary>
public sealed class WikipediaSettings() : WikimediaSiteSettings(DefaultBaseUrl)
{
    public const string DefaultBaseUrl = "https://en.wikipedia.org";

    public override string SectionName => "Wikipedia";
}
