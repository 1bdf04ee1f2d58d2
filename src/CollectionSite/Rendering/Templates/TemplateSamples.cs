using CollectionSite.Rendering.Models;

namespace CollectionSite.Rendering.Templates;

/// <summary>
/// Sample page models for the start-up check: one with every field and every kind of track filled, so each
/// branch of the bundled templates runs, and one with nothing optional, so the empty branches run too.
/// </summary>
internal static class TemplateSamples
{
    public static IReadOnlyList<(string Template, object Model)> All { get; } =
    [
        (TemplateCatalog.AlbumTemplate, FullAlbum()),
        (TemplateCatalog.AlbumTemplate, new AlbumPage { Title = "Title", Artist = "Artist", DiscogsUrl = "https://www.discogs.com/release/1" }),
        (TemplateCatalog.ArtistTemplate, FullArtist()),
        (TemplateCatalog.ArtistTemplate, new ArtistPage { Name = "Name" }),
    ];

    private static AlbumPage FullAlbum() => new()
    {
        Title = "Title",
        Artist = "Artist",
        Cover = "cover-600.jpg",
        Tracks =
        [
            new TrackLine(string.Empty, "Side A", null, null, IsHeading: true, IsIndex: false, IsSubTrack: false),
            new TrackLine("A1", "Track", "Guest", "3:00", IsHeading: false, IsIndex: false, IsSubTrack: false),
            new TrackLine("A2", "Suite", null, "9:00", IsHeading: false, IsIndex: true, IsSubTrack: false),
            new TrackLine("A2.a", "Part", "Guest", "4:30", IsHeading: false, IsIndex: false, IsSubTrack: true),
        ],
        Credits = [new CreditLine("Producer", "Name", "A1"), new CreditLine("Design", "Name", null)],
        NotesMarkdown = "Notes.",
        AppleMusicUrl = "https://music.apple.com/album/1",
        SpotifyAlbumId = "1",
        Videos = [new VideoLink("Video", "https://www.youtube.com/watch?v=1", "3:00")],
        ReleaseInformation = [new InfoRow("Country", "UK")],
        EditorialNotesMarkdown = "Editorial *notes*.",
        DiscogsUrl = "https://www.discogs.com/release/1",
    };

    private static ArtistPage FullArtist() => new()
    {
        Name = "Name",
        RealName = "Real Name",
        ProfileMarkdown = "Profile.",
        Cover = "cover-600.jpg",
        Links = [new LinkItem("Site", "https://example.org/")],
        Members = [new LinkItem("Member", "https://www.discogs.com/artist/2")],
        Groups = [new LinkItem("Group", "https://www.discogs.com/artist/3")],
        NameVariations = ["Variation"],
        WikipediaSummary = "Summary.",
        WikipediaUrl = "https://en.wikipedia.org/wiki/Name",
        WikipediaTitle = "Name",
        WikipediaHistoryUrl = "https://en.wikipedia.org/w/index.php?title=Name&action=history",
        DiscogsUrl = "https://www.discogs.com/artist/1",
    };
}
