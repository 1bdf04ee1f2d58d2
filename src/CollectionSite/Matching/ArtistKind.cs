namespace CollectionSite.Matching;

/// <summary>Whether an artist is one person or a group, as far as Discogs or an article tells.</summary>
public enum ArtistKind
{
    Unknown,
    Person,
    Group,
}
