using System.Text.Json.Serialization.Metadata;
using CollectionSite.Domain.Enrichment;

namespace CollectionSite.Storage;

/// <summary>How one source's matches are stored: its name and item kind, the JSON of its domain record, and how to
/// read the record's identity and raw JSON. One instance per source, in <see cref="MatchTables"/>.</summary>
public sealed class MatchTable<T>
    where T : class
{
    internal MatchTable(string source, string itemKind, JsonTypeInfo<T> json, Func<T, MatchedItem> identify, Func<T, string> rawJson, Func<T, string, T> withRawJson)
    {
        Source = source;
        ItemKind = itemKind;
        Json = json;
        Identify = identify;
        RawJson = rawJson;
        WithRawJson = withRawJson;
    }

    /// <summary>The <see cref="EnrichmentSources"/> name.</summary>
    public string Source { get; }

    /// <summary>The <see cref="ItemKinds"/> value of its items.</summary>
    public string ItemKind { get; }

    /// <summary>The matched item's id, URL and title (for `match show` and the match_* columns).</summary>
    public Func<T, MatchedItem> Identify { get; }

    internal JsonTypeInfo<T> Json { get; }

    internal Func<T, string> RawJson { get; }

    /// <summary>The record with its RawJson replaced: emptied before model_json is written, restored from raw_json on read.</summary>
    internal Func<T, string, T> WithRawJson { get; }
}

/// <summary>The stored sources: Apple Music and Spotify albums per release, Wikipedia articles per artist.</summary>
public static class MatchTables
{
    public static MatchTable<AppleMusicAlbum> AppleMusic { get; } = new(
        EnrichmentSources.AppleMusic,
        ItemKinds.Release,
        DomainJson.Default.AppleMusicAlbum,
        album => new MatchedItem(album.Id, album.Url, $"{album.Name} – {album.ArtistName}"),
        album => album.RawJson,
        (album, raw) => album with { RawJson = raw });

    public static MatchTable<SpotifyAlbum> Spotify { get; } = new(
        EnrichmentSources.Spotify,
        ItemKinds.Release,
        DomainJson.Default.SpotifyAlbum,
        album => new MatchedItem(album.Id, album.Url, $"{album.Name} – {string.Join(", ", album.Artists)}"),
        album => album.RawJson,
        (album, raw) => album with { RawJson = raw });

    public static MatchTable<WikipediaArticle> Wikipedia { get; } = new(
        EnrichmentSources.Wikipedia,
        ItemKinds.Artist,
        DomainJson.Default.WikipediaArticle,
        article => new MatchedItem(article.Title, article.PageUrl, article.Title),
        article => article.RawJson,
        (article, raw) => article with { RawJson = raw });
}
