using CollectionSite.Domain;
using CollectionSite.Rendering.Text;

namespace CollectionSite.Rendering.Models;

/// <summary>Flattens a Discogs tracklist (tracks, headings, index tracks with sub-tracks) into table rows and credits.</summary>
public static class TracklistBuilder
{
    public static IReadOnlyList<TrackLine> Lines(IReadOnlyList<Track> tracklist)
    {
        var lines = new List<TrackLine>();
        foreach (var track in tracklist)
        {
            var isHeading = track.Type == "heading";
            var isIndex = track.Type == "index";
            lines.Add(Line(track, isHeading, isIndex, isSubTrack: false));
            lines.AddRange(track.SubTracks.Select(sub => Line(sub, isHeading: false, isIndex: false, isSubTrack: true)));
        }

        return lines;
    }

    /// <summary>Playable tracks: sub-tracks count one by one, an index track without sub-tracks counts once, headings never.</summary>
    public static int Count(IReadOnlyList<Track> tracklist) =>
        tracklist.Sum(t => t.Type == "heading" ? 0 : Math.Max(1, t.SubTracks.Count));

    /// <summary>Release-wide credits first, then per-track credits in tracklist order (with the track's position).</summary>
    public static IReadOnlyList<CreditLine> Credits(Release release)
    {
        var credits = release.ExtraArtists.Select(c => Credit(c, c.Tracks)).ToList();
        foreach (var track in release.Tracklist.SelectMany(t => t.SubTracks.Prepend(t)))
        {
            credits.AddRange(track.ExtraArtists.Select(c => Credit(c, track.Position.Length > 0 ? track.Position : track.Title)));
        }

        return credits;
    }

    private static TrackLine Line(Track track, bool isHeading, bool isIndex, bool isSubTrack) => new(
        track.Position,
        track.Title,
        track.Artists.Count > 0 ? DiscogsNames.Display(track.Artists) : null,
        track.Duration,
        isHeading,
        isIndex,
        isSubTrack);

    private static CreditLine Credit(ArtistCredit credit, string? tracks) =>
        new(credit.Role ?? "Credit", DiscogsNames.CreditedName(credit), tracks);
}
