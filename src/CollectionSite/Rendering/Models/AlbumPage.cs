namespace CollectionSite.Rendering.Models;

/// <summary>
/// What album.md.sbn sees, with snake_case names (NotesMarkdown → notes_markdown): display-ready values, never
/// raw API JSON. Properties ending in "Markdown" are already Markdown; every other text must go through md.
/// </summary>
public sealed record AlbumPage
{
    public required string Title { get; init; }
    public required string Artist { get; init; }

    /// <summary>The bundle's cover JPEG for the page body ("cover-600.jpg"), else null. The front matter lists every size.</summary>
    public string? Cover { get; init; }
    public IReadOnlyList<TrackLine> Tracks { get; init; } = [];
    public IReadOnlyList<CreditLine> Credits { get; init; } = [];
    public string? NotesMarkdown { get; init; }

    /// <summary>The matched Apple Music album on https://music.apple.com/ (what the applemusic shortcode embeds); null without one.</summary>
    public string? AppleMusicUrl { get; init; }

    /// <summary>The matched Spotify album's base-62 id (what the spotify shortcode embeds); null without one.</summary>
    public string? SpotifyAlbumId { get; init; }

    /// <summary>Apple Music's editorial notes, already Markdown (the standard text, else the short one); null without.</summary>
    public string? EditorialNotesMarkdown { get; init; }
    public IReadOnlyList<VideoLink> Videos { get; init; } = [];
    public IReadOnlyList<InfoRow> ReleaseInformation { get; init; } = [];

    public required string DiscogsUrl { get; init; }

    /// <summary>Discogs answers 404 for the release: the page may hold only what the collection listing knows.</summary>
    public bool GoneFromDiscogs { get; init; }

    /// <summary>The release details are not fetched yet: the page holds only the collection listing's summary.</summary>
    public bool Partial { get; init; }

    /// <summary>Some track has a duration: without any, the tracklist has no Duration column (it would be empty).</summary>
    public bool HasDurations => Tracks.Any(t => !string.IsNullOrEmpty(t.Duration));

    public bool HasListen => AppleMusicUrl is not null || SpotifyAlbumId is not null;

    public string? SpotifyUrl => SpotifyAlbumId is null ? null : $"https://open.spotify.com/album/{Uri.EscapeDataString(SpotifyAlbumId)}";
}

/// <summary>A tracklist row: a track, a heading ("Side A"), an index track (a suite) or one of its sub-tracks.</summary>
public sealed record TrackLine(string Position, string Title, string? Artists, string? Duration, bool IsHeading, bool IsIndex, bool IsSubTrack);

/// <summary>A credit: role, the name as credited, and which tracks it covers (null for the whole release).</summary>
public sealed record CreditLine(string Role, string Name, string? Tracks);

public sealed record VideoLink(string Title, string Url, string? Duration);

/// <summary>One row of the release-information table (label and catalogue number, format, country, barcode...).</summary>
public sealed record InfoRow(string Field, string Value);

/// <summary>A link with its text (artist links, members, groups).</summary>
public sealed record LinkItem(string Text, string Url);
