namespace CollectionSite.Storage;

/// <summary>What the collector decided for one source and item (enrichment_overrides.kind).</summary>
public enum OverrideKind
{
    /// <summary>Use this album or article: <see cref="EnrichmentOverride.Value"/> is its id (Apple Music, Spotify) or title (Wikipedia).</summary>
    Pin,

    /// <summary>No match wanted: the source is not asked for this item.</summary>
    None,

    /// <summary>Search with <see cref="EnrichmentOverride.Value"/> instead of the artist and title.</summary>
    Search,

    /// <summary>Artwork only: <see cref="EnrichmentOverride.Value"/> is an absolute file path or an http(s) URL.</summary>
    Image,
}

/// <summary>
/// One override: the source (<see cref="EnrichmentSources"/>), the item (<see cref="ItemKinds.Release"/> for Apple Music
/// and Spotify, <see cref="ItemKinds.Artist"/> for Wikipedia, either for artwork) and what to do. Every run honours it;
/// a refresh never changes it.
/// </summary>
public sealed record EnrichmentOverride(string Source, string ItemKind, long ItemId, OverrideKind Kind, string? Value, DateTimeOffset SetUtc)
{
    /// <summary>Throws when the combination cannot be stored: a kind the source does not take, an item kind the
    /// source does not work on, a missing value, a relative artwork path or a URL that is not http(s).</summary>
    /// <exception cref="ArgumentException">The message says what is wrong, for people.</exception>
    public void Validate()
    {
        if (!EnrichmentSources.All.Contains(Source))
        {
            throw new ArgumentException($"Unknown source '{Source}': use one of {string.Join(", ", EnrichmentSources.All)}.");
        }

        if (ItemKind is not (ItemKinds.Release or ItemKinds.Artist) || (Source != EnrichmentSources.Artwork && ItemKind != EnrichmentSources.ItemKindOf(Source)))
        {
            throw new ArgumentException($"{EnrichmentSources.DisplayName(Source)} is matched per {EnrichmentSources.ItemKindOf(Source)}, not per {ItemKind}.");
        }

        if ((Source == EnrichmentSources.Artwork) != (Kind == OverrideKind.Image))
        {
            throw new ArgumentException(Source == EnrichmentSources.Artwork
                ? "Artwork takes an image (a file or an http(s) URL)."
                : $"{EnrichmentSources.DisplayName(Source)} takes an id, a URL, none or a search term, not an image.");
        }

        if ((Kind == OverrideKind.None) != (Value is null) || (Value is not null && string.IsNullOrWhiteSpace(Value)))
        {
            throw new ArgumentException(Kind == OverrideKind.None ? "A 'none' override has no value." : $"A '{Kind.ToString().ToLowerInvariant()}' override needs a value.");
        }

        if (Kind == OverrideKind.Image && !IsImageLocation(Value!))
        {
            throw new ArgumentException($"'{Value}' is neither an absolute file path nor an http(s) URL.");
        }
    }

    private static bool IsImageLocation(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        || Path.IsPathFullyQualified(value);
}
