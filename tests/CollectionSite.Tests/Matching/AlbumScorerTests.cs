using CollectionSite.Matching;
using static CollectionSite.Tests.Matching.Fakes.MatchingData;

namespace CollectionSite.Tests.Matching;

public sealed class AlbumScorerTests
{
    [TestCase(1997, null, 1997, 1.0)]
    [TestCase(1997, null, 1998, 0.98)]
    [TestCase(1997, null, 1999, 0.95)]
    [TestCase(1997, null, 2002, 0.9)]
    [TestCase(1997, null, 2003, 0.8)]
    [TestCase(2016, 1975, 1975, 1.0)]
    [TestCase(2016, 1975, 1976, 0.98)]
    [TestCase(null, null, 1975, 0.95)]
    [TestCase(1975, null, null, 0.95)]
    public void YearScore_YearsApart_Graded(int? year, int? original, int? candidate, double expected) =>
        Assert.That(AlbumScorer.YearScore(year, original, candidate), Is.EqualTo(expected));

    [TestCase(10, 10, 1.0)]
    [TestCase(10, 11, 0.97)]
    [TestCase(30, 33, 0.97)]
    [TestCase(10, 15, 0.9)]
    [TestCase(10, 25, 0.8)]
    [TestCase(10, 6, 0.85)]
    [TestCase(10, 3, 0.75)]
    [TestCase(null, 3, 0.97)]
    public void TrackScore_Counts_Graded(int? ours, int? theirs, double expected) =>
        Assert.That(AlbumScorer.TrackScore(ours, theirs), Is.EqualTo(expected));

    [TestCase(new[] { "LP", "Album" }, AlbumKind.Album, 1.0)]
    [TestCase(new[] { "LP", "Album" }, AlbumKind.SingleRelease, 0.7)]
    [TestCase(new[] { "LP", "Album" }, AlbumKind.EP, 0.85)]
    [TestCase(new[] { "7\"", "Single" }, AlbumKind.Album, 0.8)]
    [TestCase(new[] { "7\"", "Single" }, AlbumKind.SingleRelease, 1.0)]
    [TestCase(new[] { "12\"", "EP" }, AlbumKind.SingleRelease, 0.95)]
    [TestCase(new[] { "Mini-Album" }, AlbumKind.EP, 1.0)]
    public void FormatScore_Kinds_PenalisedWhenTheyDiffer(string[] descriptions, AlbumKind kind, double expected)
    {
        var lookup = AlbumLookup.From(Release("X", descriptions: descriptions), null, null);

        Assert.That(AlbumScorer.FormatScore(lookup, Candidate(kind: kind)), Is.EqualTo(expected).Within(1e-9));
    }

    [Test]
    public void FormatScore_OneArtistReleaseAgainstStoreCompilation_Penalised() =>
        Assert.That(AlbumScorer.FormatScore(AlbumLookup.From(Release("X"), null, null), Candidate(compilation: true)), Is.EqualTo(0.9));

    [TestCase("Rumours", "Rumours (Super Deluxe)", 0.95)]
    [TestCase("Rumours (Deluxe Edition)", "Rumours", 0.95)]
    [TestCase("Rumours", "Rumours (Remastered)", 1.0)]
    [TestCase("Alive!", "Alive! (Live)", 0.9)]
    [TestCase("Live At Leeds", "Live at Leeds (Live)", 1.0)]
    public void EditionScore_Markers_Compared(string ours, string theirs, double expected) =>
        Assert.That(AlbumScorer.EditionScore(ours, theirs), Is.EqualTo(expected));

    [TestCase("Kid A", "Kid A", 1.0)]
    [TestCase("Abbey Road", "Abbey Road (Remastered)", 1.0)]
    [TestCase("ソリッド・ステイト・サヴァイヴァー = Solid State Survivor", "Solid State Survivor", 1.0)]
    [TestCase("Weezer", "Weezer (Blue Album)", AlbumScorer.CoreTitleWeight)]
    public void TitleScore_HalvesMarkersAndBrackets_Compared(string ours, string theirs, double expected) =>
        Assert.That(AlbumScorer.TitleScore(ours, theirs), Is.EqualTo(expected).Within(1e-9));

    [Test]
    public void ArtistScore_VariousAgainstCompilation_One()
    {
        var lookup = AlbumLookup.From(Release("Pulp Fiction", artist: "Various"), null, null);

        Assert.That(AlbumScorer.ArtistScore(lookup, Candidate(artist: "Various Artists", compilation: true)), Is.EqualTo(1));
        Assert.That(AlbumScorer.ArtistScore(lookup, Candidate(artist: "Whitney Houston")), Is.EqualTo(0.4));
    }

    [Test]
    public void ArtistScore_OneArtistAgainstVariousArtists_Low() =>
        Assert.That(AlbumScorer.ArtistScore(AlbumLookup.From(Release("Bad", "Michael Jackson"), null, null), Candidate(artist: "Various Artists")), Is.EqualTo(0.3));

    [Test]
    public void Score_Total_IsTheProductOfTheParts()
    {
        var score = AlbumScorer.Score(AlbumLookup.From(Release("Kid A", year: 2000, tracks: 10), null, null), Candidate(title: "Kid A", year: 2001, tracks: 11));

        Assert.That(score.Total, Is.EqualTo(Math.Round(score.Title * score.Artist * score.Year * score.Tracks * score.Format * score.Edition, 4)));
        Assert.That(score.Total, Is.EqualTo(0.98 * 0.97).Within(1e-4));
    }

    [Test]
    public void Score_CollectorsSearchTerm_CountsAsATitle()
    {
        var release = Release("Untitled", "Sigur Rós", year: 2002, tracks: 8);
        var candidate = Candidate(title: "( )", artist: "Sigur Rós", year: 2002, tracks: 8);

        Assert.That(AlbumScorer.Score(AlbumLookup.From(release, null, null), candidate).Title, Is.LessThan(0.2));
        Assert.That(AlbumScorer.Score(AlbumLookup.From(release, null, "Sigur Rós ( )"), candidate).Title, Is.EqualTo(1));
    }

    private static AlbumCandidate Candidate(
        string title = "X", string artist = "Radiohead", int? year = 1997, int? tracks = 10, AlbumKind kind = AlbumKind.Album, bool compilation = false) =>
        new("1", title, [artist], year, tracks, kind, compilation, null);
}
