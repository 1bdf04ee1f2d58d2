using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace CollectionSite.Tests.Browser;

/// <summary>The browse view on /albums/: search, filters, sorting, URL state, history and random pick.</summary>
public sealed partial class SiteInBrowserTests
{
    [Test]
    public async Task Search_KanaPartOfATitle_FindsThatAlbum()
    {
        var album = albums.First(a => Kana().IsMatch(a.Title));
        var kana = Kana().Matches(album.Title).OrderByDescending(m => m.Length).First().Value;
        await using var visit = await OpenBrowseAsync();

        await visit.Page.FillAsync("#finder-q", kana);

        await Expect(visit.Page.Locator(".finder-results")).Not.ToHaveAttributeAsync("data-count", albums.Count.ToString(CultureInfo.InvariantCulture));
        Assert.That(await CardSlugsAsync(visit.Page), Does.Contain(album.Slug), $"searching \"{kana}\" finds {album.Title}");
    }

    [Test]
    public async Task Search_UnaccentedLowerCaseSpelling_FindsTheAccentedName()
    {
        var album = albums.First(a => Unaccented(a.Artist) != a.Artist);
        var word = WordWithAnAccent(album.Artist);
        var query = Unaccented(word).ToLowerInvariant();
        await using var visit = await OpenBrowseAsync();

        await visit.Page.FillAsync("#finder-q", query);

        await Expect(visit.Page.Locator(".finder-results")).Not.ToHaveAttributeAsync("data-count", albums.Count.ToString(CultureInfo.InvariantCulture));
        Assert.That(await CardSlugsAsync(visit.Page), Does.Contain(album.Slug), $"\"{query}\" finds {album.Artist}");
        Assert.That(visit.Page.Url, Does.Contain("q=" + Uri.EscapeDataString(query)));
    }

    [Test]
    public async Task GenreFilter_NarrowsTheGridToThatGenresAlbums()
    {
        var (genre, expected) = BiggestPartialGenre();
        await using var visit = await OpenBrowseAsync();
        Assert.That(await ResultCountAsync(visit.Page), Is.EqualTo(albums.Count), "everything before filtering");

        await visit.Page.SelectOptionAsync("#finder-genre", genre);

        await Expect(visit.Page.Locator(".finder-results")).ToHaveAttributeAsync("data-count", expected.Count.ToString(CultureInfo.InvariantCulture));
        var cards = await CardSlugsAsync(visit.Page);
        Assert.Multiple(() =>
        {
            Assert.That(cards, Is.SubsetOf(expected));
            Assert.That(cards, Has.Count.EqualTo(Math.Min(expected.Count, 48)), "the first page of results");
            Assert.That(visit.Page.Url, Does.Contain("genre=" + genre));
        });
    }

    [Test]
    public async Task SortAndFilter_SurviveAReload()
    {
        var (genre, expected) = BiggestPartialGenre();
        await using var visit = await OpenBrowseAsync();
        await visit.Page.SelectOptionAsync("#finder-genre", genre);
        await visit.Page.SelectOptionAsync("#finder-sort", "title");
        var before = await CardTitlesAsync(visit.Page);

        await visit.Page.ReloadAsync();
        await WaitForBrowseAsync(visit.Page);

        var genreAfter = await visit.Page.InputValueAsync("#finder-genre");
        var sortAfter = await visit.Page.InputValueAsync("#finder-sort");
        var countAfter = await ResultCountAsync(visit.Page);
        var after = await CardTitlesAsync(visit.Page);
        Assert.Multiple(() =>
        {
            Assert.That(genreAfter, Is.EqualTo(genre));
            Assert.That(sortAfter, Is.EqualTo("title"));
            Assert.That(countAfter, Is.EqualTo(expected.Count));
            Assert.That(after, Is.EqualTo(before).And.Not.Empty);
        });
    }

    [Test]
    public async Task BackButton_RestoresThePreviousViews()
    {
        var (genre, expected) = BiggestPartialGenre();
        await using var visit = await OpenBrowseAsync();
        await visit.Page.SelectOptionAsync("#finder-genre", genre);
        await visit.Page.SelectOptionAsync("#finder-sort", "year");

        await visit.Page.GoBackAsync();

        await Expect(visit.Page.Locator("#finder-sort")).ToHaveValueAsync("added");
        Assert.That(await visit.Page.InputValueAsync("#finder-genre"), Is.EqualTo(genre));
        Assert.That(await ResultCountAsync(visit.Page), Is.EqualTo(expected.Count));

        await visit.Page.GoBackAsync();

        await Expect(visit.Page.Locator("#finder-genre")).ToHaveValueAsync(string.Empty);
        Assert.That(await ResultCountAsync(visit.Page), Is.EqualTo(albums.Count));
        Assert.That(new Uri(visit.Page.Url).Query, Is.Empty);
    }

    [Test]
    public async Task RandomPick_OpensOneOfTheFilteredAlbums()
    {
        var (genre, expected) = BiggestPartialGenre();
        await using var visit = await OpenBrowseAsync("?genre=" + genre);

        await visit.Page.ClickAsync(".finder-random");

        await visit.Page.WaitForURLAsync(new Regex(Regex.Escape(SubPath) + "/albums/[^/?]+/$"));
        Assert.That(AlbumSlug().Match(new Uri(visit.Page.Url).AbsolutePath).Groups["slug"].Value, Is.AnyOf([.. expected]));
        await Expect(visit.Page.Locator("article.album h1")).ToBeVisibleAsync();
    }

    /// <summary>The genre on the most albums that is not on every album, and its albums' slugs.</summary>
    private (string Genre, IReadOnlyList<string> Slugs) BiggestPartialGenre()
    {
        var genre = albums.SelectMany(a => a.Genres).GroupBy(g => g)
            .Where(g => g.Count() < albums.Count)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
        return (genre, [.. albums.Where(a => a.Genres.Contains(genre)).Select(a => a.Slug)]);
    }

    private static string WordWithAnAccent(string text) =>
        text.Split(' ').First(word => Unaccented(word) != word);

    private static string Unaccented(string text) =>
        string.Concat(text.Normalize(NormalizationForm.FormD).Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark))
            .Normalize(NormalizationForm.FormC);

    [GeneratedRegex("[\\u3040-\\u30FF]+")]
    private static partial Regex Kana();
}
