using CollectionSite.Domain;

namespace CollectionSite.Matching;

/// <summary>
/// What the album matchers know of one Discogs release: its title, credited artists, years, size, format hints and
/// barcodes, and the collector's custom search term if any.
/// </summary>
/// <param name="Title">The release title as on Discogs (release.title).</param>
/// <param name="ArtistCredits">The artist credit, names joined with Discogs' join strings ("Simon &amp; Garfunkel"): first as
/// printed on the release (each <c>anv</c> when set), then, when different, with the artists' Discogs names (a
/// Japanese release may credit "坂本龍一" where the stores say "Ryuichi Sakamoto"). Names lose Discogs' " (n)".</param>
/// <param name="IsVarious">The release is credited to "Various": a compilation of several artists.</param>
/// <param name="Year">The release's year (release.year, else the year of release.released); null when unknown.</param>
/// <param name="OriginalYear">The master's year (the original release); null without a master or year.</param>
/// <param name="TrackCount">Tracks on the release: tracklist rows of type "track" plus sub-tracks; null for an empty tracklist.</param>
/// <param name="SuitesAsOneTrackCount">The same with each row that has sub-tracks (a suite: "Close To The Edge" i-iv)
/// counted once, as stores often list it; equal to <paramref name="TrackCount"/> without such rows.</param>
/// <param name="Barcodes">The forms of the release's barcodes to look up: digits only, 12- and 13-digit forms of each valid UPC/EAN.</param>
/// <param name="MasterId">The Discogs master id, for cross-references; null without a master.</param>
/// <param name="FormatDescriptions">Every format description (formats[].descriptions: "LP", "Album", "Single", "EP", "Compilation").</param>
/// <param name="SearchTerm">The collector's custom search term (override); null to search by artist and title.</param>
public sealed record AlbumLookup(
    string Title,
    IReadOnlyList<string> ArtistCredits,
    bool IsVarious,
    int? Year,
    int? OriginalYear,
    int? TrackCount,
    int? SuitesAsOneTrackCount,
    IReadOnlyList<string> Barcodes,
    long? MasterId,
    IReadOnlyList<string> FormatDescriptions,
    string? SearchTerm)
{
    /// <summary>The credit as printed on the release; empty when Discogs lists no artist.</summary>
    public string ArtistCredit => ArtistCredits.Count > 0 ? ArtistCredits[0] : string.Empty;

    /// <summary>The lookup for <paramref name="release"/>; <paramref name="master"/> gives the original year.</summary>
    public static AlbumLookup From(Release release, Master? master, string? searchTerm)
    {
        ArgumentNullException.ThrowIfNull(release);
        var named = release.Artists.Select(artist => artist with { Anv = null }).ToList();
        return new AlbumLookup(
            release.Title.Trim(),
            [.. new[] { ArtistNames.Credit(release.Artists), ArtistNames.Credit(named) }.Where(credit => credit.Length > 0).Distinct(StringComparer.Ordinal)],
            release.Artists.Any(artist => ArtistNames.IsVarious(artist.Name)),
            release.KnownYear(),
            master?.Year is > 0 ? master.Year : null,
            CountTracks(release.Tracklist) is > 0 and var count ? count : null,
            CountTracksSuitesAsOne(release.Tracklist) is > 0 and var whole ? whole : null,
            Barcode.QueryForms(release.Identifiers),
            release.MasterId ?? master?.Id,
            [.. release.Formats.SelectMany(format => format.Descriptions)],
            string.IsNullOrWhiteSpace(searchTerm) ? null : searchTerm.Trim());
    }

    /// <summary>Rows of type "track"; a row with sub-tracks (an "index" row: a suite, a medley) counts its sub-tracks instead.</summary>
    internal static int CountTracks(IReadOnlyList<Track> tracklist) =>
        tracklist.Sum(track => track.SubTracks.Count > 0
            ? CountTracks(track.SubTracks)
            : IsTrack(track) ? 1 : 0);

    /// <summary>Rows of type "track" and rows with sub-tracks, each once.</summary>
    internal static int CountTracksSuitesAsOne(IReadOnlyList<Track> tracklist) =>
        tracklist.Count(track => track.SubTracks.Count > 0 || IsTrack(track));

    private static bool IsTrack(Track track) => string.Equals(track.Type, "track", StringComparison.OrdinalIgnoreCase);
}
