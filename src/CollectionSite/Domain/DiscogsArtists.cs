namespace CollectionSite.Domain;

/// <summary>Discogs artist ids that do not name a real artist.</summary>
public static class DiscogsArtists
{
    /// <summary>Discogs' placeholder artist "Various" for compilations.</summary>
    public const long VariousId = 194;

    /// <summary>Whether the credited id is an artist with a page (and a Discogs record, a Wikipedia match): not 0 (an
    /// uncredited name) and not "Various".</summary>
    public static bool HasPage(long artistId) => artistId > 0 && artistId != VariousId;
}
