using CollectionSite.Domain.Enrichment;
using CollectionSite.Matching;
using CollectionSite.Storage;

namespace CollectionSite.Corrections;

/// <summary>The release or artist an override names: "release 249504" / "artist 45", typed as "249504" / "--artist 45".</summary>
public sealed record OverrideTarget(string ItemKind, long ItemId)
{
    public override string ToString() => $"{ItemKind} {ItemId}";

    /// <summary>How the target is typed on the command line.</summary>
    public string CommandLine => ItemKind == ItemKinds.Artist ? $"--artist {ItemId}" : $"{ItemId}";
}

/// <summary>What `override set` asks for, checked: the kind and the normalised value (an id, a title, a term, an absolute path or a URL).</summary>
public sealed record OverrideRequest(string Source, OverrideTarget Target, OverrideKind Kind, string? Value);

/// <summary>
/// Checks the `override` options before anything is opened. Every problem is one line that says what to type instead.
/// Ids and links are accepted for --id and --url alike: music.apple.com/&lt;sf&gt;/album/&lt;name&gt;/&lt;id&gt;,
/// open.spotify.com/album/&lt;id&gt;, en.wikipedia.org/wiki/&lt;Title&gt;.
/// </summary>
public static class OverrideInput
{
    /// <summary>The source and target of `override set|clear`, or the problem.</summary>
    public static (string Source, OverrideTarget Target)? Target(string? source, long? releaseId, long? artistId, out string problem)
    {
        problem = string.Empty;
        if (source is null || !EnrichmentSources.All.Contains(source))
        {
            problem = $"--source must be one of {string.Join(", ", EnrichmentSources.All)}{(source is null ? "." : $", not '{source}'.")}";
            return null;
        }

        if ((releaseId is null) == (artistId is null))
        {
            problem = "Give either a release id or --artist ID (e.g. `override set 249504 --source apple --id 1556240425`).";
            return null;
        }

        var target = releaseId is { } release ? new OverrideTarget(ItemKinds.Release, release) : new OverrideTarget(ItemKinds.Artist, artistId!.Value);
        if (target.ItemId <= 0)
        {
            problem = $"{target.ItemKind} id must be a Discogs id (a positive whole number), not {target.ItemId}.";
            return null;
        }

        if (source != EnrichmentSources.Artwork && EnrichmentSources.ItemKindOf(source) != target.ItemKind)
        {
            problem = target.ItemKind == ItemKinds.Release
                ? $"--source {source} is matched per artist: use --artist ID instead of a release id."
                : $"--source {source} is matched per release: give a release id instead of --artist.";
            return null;
        }

        return (source, target);
    }

    /// <summary>The checked request of `override set`, or null and the problem.</summary>
    public static OverrideRequest? Request(string source, OverrideTarget target, string? id, string? url, bool none, string? search, string? file, out string problem)
    {
        problem = string.Empty;
        var given = new[] { id is not null, url is not null, none, search is not null, file is not null }.Count(g => g);
        var artwork = source == EnrichmentSources.Artwork;
        if (given != 1 || (artwork && (id is not null || none || search is not null)) || (!artwork && file is not null))
        {
            problem = artwork
                ? "--source artwork takes exactly one of --file PATH or --url URL."
                : $"--source {source} takes exactly one of --id ID, --url URL, --none or --search TERM.";
            return null;
        }

        var (kind, value) = none ? (OverrideKind.None, null)
            : search is not null ? (OverrideKind.Search, search.Trim())
            : artwork ? (OverrideKind.Image, ImageLocation(file, url, out problem))
            : (OverrideKind.Pin, Pin(source, (id ?? url)!, out problem));
        if (problem.Length > 0)
        {
            return null;
        }

        if (kind != OverrideKind.None && string.IsNullOrWhiteSpace(value))
        {
            problem = "The value must not be empty.";
            return null;
        }

        return new OverrideRequest(source, target, kind, value);
    }

    private static string? Pin(string source, string text, out string problem)
    {
        problem = string.Empty;
        var pinned = source switch
        {
            EnrichmentSources.AppleMusic => CatalogLinks.AppleMusicAlbumId(text),
            EnrichmentSources.Spotify => CatalogLinks.SpotifyAlbumId(text),
            _ => text.Contains("://", StringComparison.Ordinal) || text.StartsWith("en.", StringComparison.OrdinalIgnoreCase)
                ? WikipediaLinks.EnglishTitle(text)
                : text.Trim().Replace('_', ' '),
        };
        if (pinned is null)
        {
            problem = source switch
            {
                EnrichmentSources.AppleMusic => $"'{text}' is not an Apple Music album id or link (digits, or https://music.apple.com/<country>/album/<name>/<id>).",
                EnrichmentSources.Spotify => $"'{text}' is not a Spotify album id or link (https://open.spotify.com/album/<id>).",
                _ => $"'{text}' is not an English Wikipedia article (a title, or https://en.wikipedia.org/wiki/<Title>).",
            };
        }

        return pinned;
    }

    /// <summary>An http(s) URL as given, or an existing file as an absolute path (relative paths are from the current folder).</summary>
    private static string? ImageLocation(string? file, string? url, out string problem)
    {
        problem = string.Empty;
        if (url is not null)
        {
            if (Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
            {
                return uri.AbsoluteUri;
            }

            problem = $"'{url}' is not an http(s) URL.";
            return null;
        }

        if (string.IsNullOrWhiteSpace(file))
        {
            problem = "--file needs a path.";
            return null;
        }

        var path = Path.GetFullPath(file.Trim());
        if (!File.Exists(path))
        {
            problem = $"The file '{path}' does not exist.";
            return null;
        }

        return path;
    }
}
