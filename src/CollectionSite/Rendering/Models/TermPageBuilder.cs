using System.Globalization;
using CollectionSite.Artwork;
using CollectionSite.Domain;
using CollectionSite.Domain.Enrichment;
using CollectionSite.Rendering.FrontMatter;
using CollectionSite.Rendering.Site;
using CollectionSite.Rendering.Text;
using CollectionSite.Storage;

namespace CollectionSite.Rendering.Models;

/// <summary>Builds term pages: artists get front matter and a page model for artist.md.sbn, other terms a title.</summary>
public static class TermPageBuilder
{
    /// <param name="term">The artist term.</param>
    /// <param name="artist">The cached artist, or null when it was not fetched or Discogs has no such artist.</param>
    /// <param name="aliases">Old URLs of the term page.</param>
    /// <param name="image">The artist's image, or null when there is none.</param>
    /// <param name="names">Names for Discogs markup links in the profile.</param>
    /// <param name="wikipedia">Wikipedia's stored decision for the artist; its article shows only when matched.</param>
    public static (ArtistFrontMatter FrontMatter, ArtistPage Page) Artist(
        Term term, Artist? artist, IReadOnlyList<string> aliases, PageImage? image, DiscogsLinkNames names, MatchDecision<WikipediaArticle>? wikipedia = null)
    {
        var article = wikipedia is { State: MatchState.Matched, Match: { } matched } && MarkdownLinks.SafeUrl(matched.PageUrl) is not null ? matched : null;
        var id = term.DiscogsId?.ToString(CultureInfo.InvariantCulture);
        var discogsUrl = id is null ? null : $"https://www.discogs.com/artist/{id}";
        var front = new ArtistFrontMatter
        {
            Title = term.Title,
            DiscogsId = id,
            DiscogsUrl = discogsUrl,
            RealName = artist?.RealName,
            Cover = image is null ? null : CoverFrontMatter.From(image, $"Photo of {term.Title}"),
            Aliases = aliases,
            WikipediaUrl = article?.PageUrl,
            WikipediaMatch = article is null ? null : MatchFrontMatter.Of(wikipedia),
        };
        var page = new ArtistPage
        {
            Name = term.Title,
            RealName = artist?.RealName,
            ProfileMarkdown = DiscogsMarkup.ToMarkdown(artist?.Profile, names) is { Length: > 0 } profile ? profile : null,
            Cover = image?.BodyFile.FileName,
            Links = (artist?.Urls ?? []).Where(u => MarkdownLinks.SafeUrl(u) is not null).Select(u => new LinkItem(MarkdownLinks.Readable(u.Trim()), u.Trim())).ToList(),
            Members = References(artist?.Members),
            Groups = References(artist?.Groups),
            NameVariations = (artist?.NameVariations ?? []).Distinct(StringComparer.Ordinal).ToList(),
            DiscogsUrl = discogsUrl,
            WikipediaSummary = string.IsNullOrWhiteSpace(article?.Extract) ? null : article.Extract.Trim(),
            WikipediaUrl = article?.PageUrl,
            WikipediaTitle = article?.Title,
            WikipediaHistoryUrl = article?.HistoryUrl is { } history && MarkdownLinks.SafeUrl(history) is not null ? history : null,
        };
        return (front, page);
    }

    /// <summary>Genres, styles, labels, formats, decades: a title (and aliases for renamed labels).</summary>
    public static TermFrontMatter Plain(Term term, IReadOnlyList<string> aliases) => new() { Title = term.Title, Aliases = aliases };

    private static List<LinkItem> References(IReadOnlyList<ArtistReference>? references) =>
        (references ?? [])
            .Select(r => new LinkItem(DiscogsNames.StripDisambiguation(r.Name), $"https://www.discogs.com/artist/{r.Id.ToString(CultureInfo.InvariantCulture)}"))
            .ToList();
}
