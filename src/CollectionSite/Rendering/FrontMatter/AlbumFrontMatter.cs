using YamlDotNet.Serialization;

namespace CollectionSite.Rendering.FrontMatter;

/// <summary>
/// The front matter of an album page (content/albums/&lt;slug&gt;/index.md). The site's layouts read exactly
/// these keys: renaming one is a breaking change. Taxonomy arrays hold the pipeline's own term slugs;
/// identifiers are strings (leading zeros matter), true numbers are ints; null or empty keys are left out,
/// except title and artist, which are always written (an empty string counts as "empty" for YamlDotNet).
/// </summary>
public sealed record AlbumFrontMatter
{
    [YamlMember(Order = 1, DefaultValuesHandling = DefaultValuesHandling.Preserve)] public required string Title { get; init; }
    [YamlMember(Order = 2, DefaultValuesHandling = DefaultValuesHandling.Preserve)] public required string Artist { get; init; }

    /// <summary>When the first copy was added to the collection (RFC 3339 UTC).</summary>
    [YamlMember(Order = 3)] public required string Date { get; init; }

    /// <summary>When the page's data last changed (RFC 3339 UTC); null while only computing the data hash.</summary>
    [YamlMember(Order = 4)] public string? Lastmod { get; init; }
    [YamlMember(Order = 5)] public required string DiscogsId { get; init; }
    [YamlMember(Order = 6)] public required string DiscogsUrl { get; init; }
    [YamlMember(Order = 7)] public string? MasterId { get; init; }
    [YamlMember(Order = 8)] public int? Year { get; init; }
    [YamlMember(Order = 9)] public int? OriginalYear { get; init; }
    [YamlMember(Order = 10)] public string? Released { get; init; }
    [YamlMember(Order = 11)] public string? Country { get; init; }
    [YamlMember(Order = 12)] public IReadOnlyList<string> Artists { get; init; } = [];
    [YamlMember(Order = 13)] public IReadOnlyList<string> Genres { get; init; } = [];
    [YamlMember(Order = 14)] public IReadOnlyList<string> Styles { get; init; } = [];
    [YamlMember(Order = 15)] public IReadOnlyList<string> Labels { get; init; } = [];
    [YamlMember(Order = 16)] public IReadOnlyList<string> Formats { get; init; } = [];
    [YamlMember(Order = 17)] public IReadOnlyList<string> Decades { get; init; } = [];
    /// <summary>The cover's pre-sized files and alt text; omitted when the release has no image.</summary>
    [YamlMember(Order = 18)] public CoverFrontMatter? Cover { get; init; }
    [YamlMember(Order = 19)] public IReadOnlyList<string> CatalogNumbers { get; init; } = [];
    [YamlMember(Order = 20)] public IReadOnlyList<string> Barcodes { get; init; } = [];
    [YamlMember(Order = 21)] public required int Copies { get; init; }

    /// <summary>The highest rating among the copies; null (omitted) when no copy is rated.</summary>
    [YamlMember(Order = 22)] public int? Rating { get; init; }
    [YamlMember(Order = 23)] public required int TrackCount { get; init; }

    /// <summary>Old URLs ("/albums/old-slug/") that Hugo turns into redirects after a rename.</summary>
    [YamlMember(Order = 24)] public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>The matched Apple Music album's catalog id; omitted without a match.</summary>
    [YamlMember(Order = 25)] public string? AppleMusicId { get; init; }

    /// <summary>The album on music.apple.com; omitted without a match.</summary>
    [YamlMember(Order = 26)] public string? AppleMusicUrl { get; init; }

    /// <summary>How the Apple Music album was matched, e.g. <c>{method: barcode, confidence: 1}</c>; omitted without a match.</summary>
    [YamlMember(Order = 27)] public MatchFrontMatter? AppleMusicMatch { get; init; }

    /// <summary>The matched Spotify album's id; omitted without a match.</summary>
    [YamlMember(Order = 28)] public string? SpotifyId { get; init; }

    /// <summary>The album on open.spotify.com; omitted without a match.</summary>
    [YamlMember(Order = 29)] public string? SpotifyUrl { get; init; }

    /// <summary>How the Spotify album was matched; omitted without a match.</summary>
    [YamlMember(Order = 30)] public MatchFrontMatter? SpotifyMatch { get; init; }

    /// <summary>Apple Music's editorial notes in Markdown, the short version when Apple has one (the page body shows the
    /// full text); omitted when there are none.</summary>
    [YamlMember(Order = 31)] public string? EditorialNotes { get; init; }

    /// <summary>True while the release details are not fetched yet (the page shows the collection listing's summary:
    /// title, artists, labels, formats, genres, styles, year); omitted (null) on a complete page. The URL stays the same
    /// when the page fills in.</summary>
    [YamlMember(Order = 32)] public bool? Partial { get; init; }
}

/// <summary>
/// How an enrichment match was made: <c>method</c> is manual (an override), barcode, link, crossref or search, and
/// <c>confidence</c> is in 0..1 with at most two decimals (1 for exact identifiers and overrides).
/// </summary>
public sealed record MatchFrontMatter
{
    [YamlMember(Order = 1)] public required string Method { get; init; }
    [YamlMember(Order = 2, DefaultValuesHandling = DefaultValuesHandling.Preserve)] public required decimal Confidence { get; init; }

    /// <summary>The front matter of a stored match; null unless it is a match with a method.</summary>
    public static MatchFrontMatter? Of<T>(Storage.MatchDecision<T>? decision)
        where T : class =>
        decision is { State: Storage.MatchState.Matched, Method: { } method }
            ? new MatchFrontMatter { Method = method, Confidence = Math.Round((decimal)decision.Confidence, 2) }
            : null;
}
