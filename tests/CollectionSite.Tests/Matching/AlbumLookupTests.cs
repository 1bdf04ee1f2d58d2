using CollectionSite.Matching;
using static CollectionSite.Tests.Matching.Fakes.MatchingData;

namespace CollectionSite.Tests.Matching;

public sealed class AlbumLookupTests
{
    [Test]
    public void From_AnvCredit_PrintedCreditFirstThenDiscogsNames()
    {
        var release = Release("千のナイフ = Thousand Knives", credits: [Credit("Ryuichi Sakamoto", "坂本龍一")]);

        var lookup = AlbumLookup.From(release, null, null);

        Assert.That(lookup.ArtistCredits, Is.EqualTo(new[] { "坂本龍一", "Ryuichi Sakamoto" }));
        Assert.That(lookup.ArtistCredit, Is.EqualTo("坂本龍一"));
    }

    [Test]
    public void From_NumberedArtistsWithJoin_CreditWithoutNumbers() =>
        Assert.That(
            AlbumLookup.From(Release("X", credits: [Credit("Nirvana (2)", join: "&"), Credit("Low (2)")]), null, null).ArtistCredits,
            Is.EqualTo(new[] { "Nirvana & Low" }));

    [Test]
    public void From_Various_Flagged() =>
        Assert.That(AlbumLookup.From(Release("Pulp Fiction", artist: "Various"), null, null).IsVarious, Is.True);

    [Test]
    public void From_MasterYearAndId_Kept()
    {
        var lookup = AlbumLookup.From(Release("Wish You Were Here", year: 2016), Master(15013, 1975), null);

        Assert.That((lookup.Year, lookup.OriginalYear, lookup.MasterId), Is.EqualTo((2016, 1975, 15013L)));
    }

    [Test]
    public void From_YearZeroButReleasedDate_YearFromDate() =>
        Assert.That(AlbumLookup.From(Release("X", year: null, released: "1975-00-00"), null, null).Year, Is.EqualTo(1975));

    [Test]
    public void From_TracklistWithSuitesAndHeadings_CountsTracksAndSubTracks()
    {
        var release = Release("Close To The Edge", tracks: 0) with
        {
            Tracklist =
            [
                Track("", "heading"),
                Track("A", "index", Track("A.a"), Track("A.b"), Track("A.c"), Track("A.d")),
                Track("B1", "index", Track("B1.a"), Track("B1.b")),
                Track("B2"),
            ],
        };

        var lookup = AlbumLookup.From(release, null, null);

        Assert.That((lookup.TrackCount, lookup.SuitesAsOneTrackCount), Is.EqualTo((7, 3)));
    }

    [Test]
    public void From_EmptyTracklist_NoCount() =>
        Assert.That(AlbumLookup.From(Release("X", tracks: 0), null, null).TrackCount, Is.Null);

    [Test]
    public void From_BarcodesAndFormats_Read()
    {
        var lookup = AlbumLookup.From(Release("X", barcodes: ["0 74643 37952 6"], descriptions: ["LP", "Compilation"]), null, "  my term ");

        Assert.That(lookup.Barcodes, Is.EqualTo(new[] { "074643379526", "0074643379526" }));
        Assert.That(lookup.FormatDescriptions, Is.EqualTo(new[] { "LP", "Compilation" }));
        Assert.That(lookup.SearchTerm, Is.EqualTo("my term"));
    }
}
