namespace CollectionSite.Matching;

/// <summary>Wikipedia article titles from the links on a Discogs artist (artist.urls).</summary>
public static class WikipediaLinks
{
    /// <summary>
    /// The article title of an English Wikipedia link ("https://en.wikipedia.org/wiki/Tool_(band)" → "Tool (band)"):
    /// percent-escapes decoded, underscores as spaces, any "#section" dropped. Null for other hosts and languages
    /// (only English Wikipedia is read for now), for non-article paths and for text that is no URL.
    /// </summary>
    public static string? EnglishTitle(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return null;
        }

        var text = url.Trim();
        if (!text.Contains("://", StringComparison.Ordinal))
        {
            text = "https://" + text;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri)
            || uri.Host.ToUpperInvariant() is not ("EN.WIKIPEDIA.ORG" or "EN.M.WIKIPEDIA.ORG"))
        {
            return null;
        }

        var path = uri.AbsolutePath;
        string? encoded = path.StartsWith("/wiki/", StringComparison.Ordinal) ? path["/wiki/".Length..]
            : QueryTitle(uri.Query);
        if (string.IsNullOrEmpty(encoded))
        {
            return null;
        }

        var title = Uri.UnescapeDataString(encoded).Replace('_', ' ').Trim();
        return title.Length == 0 || title.Contains(':', StringComparison.Ordinal) && IsNamespace(title) ? null : title;
    }

    private static string? QueryTitle(string query) =>
        query.TrimStart('?').Split('&')
            .Select(part => part.Split('=', 2))
            .Where(pair => pair.Length == 2 && pair[0] == "title")
            .Select(pair => pair[1].Replace('+', ' '))
            .FirstOrDefault();

    // "File:", "Category:", "Special:"... are not articles; a colon inside an article title ("Sigur Rós: ...") is.
    private static bool IsNamespace(string title) =>
        title.Split(':', 2)[0] is "File" or "Category" or "Special" or "Talk" or "Template" or "Help" or "Wikipedia" or "Portal" or "User";
}
