namespace CollectionSite.Configuration;

/// <summary>
/// Wikidata as a cross-reference service (Discogs artist/master ids to Wikipedia, Apple Music and Spotify ids). It is
/// a Wikimedia site, so it is used with <c>Wikipedia:Contact</c> in the User-Agent and is off until that is set.
/// </summary>
public sealed class WikidataSettings() : WikimediaSiteSettings(DefaultBaseUrl)
{
    public const string DefaultBaseUrl = "https://www.wikidata.org";

    public override string SectionName => "Wikidata";
}
