using CollectionSite.Configuration;
using CollectionSite.Matching;
using CollectionSite.Tests.Matching.LabelledSet;

namespace CollectionSite.Tests.Matching;

/// <summary>
/// The real matchers over the labelled set (TestData/matching): each case's store contents served by in-memory
/// fakes, default settings. Prints precision and recall per source; fails when precision falls under 0.98.
/// </summary>
public sealed class LabelledSetTests
{
    private const double RequiredPrecision = 0.98;

    [Test]
    public async Task AppleMusic_LabelledReleases_PrecisionAtLeast98Percent()
    {
        var board = new Scoreboard("Apple Music");
        foreach (var item in LabelledCases.Releases())
        {
            var matcher = new AppleMusicMatcher(item.Apple, item.Wikidata, new MatchingSettings());
            var outcome = await matcher.MatchAsync(AlbumLookup.From(item.Release, item.Master, item.SearchTerm), CancellationToken.None);
            board.Add(item.Id, item.ExpectedApple, outcome.Match?.Id, outcome.Method?.ToString());
        }

        await TestContext.Out.WriteLineAsync(board.Report());
        Assert.That(board.Precision, Is.GreaterThanOrEqualTo(RequiredPrecision), board.Report());
    }

    [Test]
    public async Task Spotify_LabelledReleases_PrecisionAtLeast98Percent()
    {
        var board = new Scoreboard("Spotify");
        foreach (var item in LabelledCases.Releases())
        {
            var matcher = new SpotifyMatcher(item.Spotify, item.Wikidata, new MatchingSettings());
            var outcome = await matcher.MatchAsync(AlbumLookup.From(item.Release, item.Master, item.SearchTerm), CancellationToken.None);
            board.Add(item.Id, item.ExpectedSpotify, outcome.Match?.Id, outcome.Method?.ToString());
        }

        await TestContext.Out.WriteLineAsync(board.Report());
        Assert.That(board.Precision, Is.GreaterThanOrEqualTo(RequiredPrecision), board.Report());
    }

    [Test]
    public async Task Wikipedia_LabelledArtists_PrecisionAtLeast98Percent()
    {
        var board = new Scoreboard("Wikipedia");
        foreach (var item in LabelledCases.Artists())
        {
            var matcher = new WikipediaMatcher(item.Wikipedia, item.Wikidata, new MatchingSettings());
            var outcome = await matcher.MatchAsync(ArtistLookup.From(item.Artist, item.SearchTerm), CancellationToken.None);
            board.Add(item.Id, item.Expected, outcome.Match?.Title, outcome.Method?.ToString());
        }

        await TestContext.Out.WriteLineAsync(board.Report());
        Assert.That(board.Precision, Is.GreaterThanOrEqualTo(RequiredPrecision), board.Report());
    }

    [Test]
    public void LabelledSet_HasTheRequiredSizeAndHardCases()
    {
        var releases = LabelledCases.Releases();
        var artists = LabelledCases.Artists();
        string[] releaseTags = ["same-title", "deluxe-vs-standard", "self-titled", "various", "non-latin", "no-true-answer",
            "barcode-spaces", "barcode-dashes", "leading-zero", "common-word", "numbered-artist", "punctuation-title"];
        string[] artistTags = ["common-word", "numbered-artist", "disambiguation", "wrong-link", "link", "crossref", "namesakes"];

        Assert.Multiple(() =>
        {
            Assert.That(releases, Has.Count.GreaterThanOrEqualTo(80));
            Assert.That(artists, Has.Count.GreaterThanOrEqualTo(40));
            Assert.That(releases.Select(r => r.Id).Distinct().Count(), Is.EqualTo(releases.Count), "case ids are unique");
            foreach (var tag in releaseTags)
            {
                Assert.That(releases.Count(r => r.Tags.Contains(tag)), Is.GreaterThanOrEqualTo(2), $"releases tagged {tag}");
            }

            foreach (var tag in artistTags)
            {
                Assert.That(artists.Count(a => a.Tags.Contains(tag)), Is.GreaterThanOrEqualTo(2), $"artists tagged {tag}");
            }

            Assert.That(releases.Where(r => r.ExpectedApple is not null), Has.All.Matches<ReleaseCase>(r => r.Apple.Albums.Any(a => a.Album.Id == r.ExpectedApple)),
                "every expected Apple id is one of the case's albums");
            Assert.That(releases.Where(r => r.ExpectedSpotify is not null), Has.All.Matches<ReleaseCase>(r => r.Spotify.Albums.Any(a => a.Album.Id == r.ExpectedSpotify)),
                "every expected Spotify id is one of the case's albums");
            Assert.That(artists.Where(a => a.Expected is not null), Has.All.Matches<ArtistCase>(a => a.Wikipedia.Pages.ContainsKey(a.Expected!)),
                "every expected article is one of the case's pages");
        });
    }
}
