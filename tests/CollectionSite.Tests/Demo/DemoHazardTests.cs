using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CollectionSite.Domain;

namespace CollectionSite.Tests.Demo;

/// <summary>Keeps the demo set hard: each test fails if an edit removes a hazard the pipeline must survive.</summary>
public sealed partial class DemoHazardTests
{
    private static readonly Lazy<List<Release>> Releases = new(() =>
        DemoData.Files("releases", ".json").Select(f => DemoData.Release(DemoData.IdOf(f))).ToList());

    [TestCase("\"Heroes\"")]
    [TestCase("NO")]
    [TestCase("1999")]
    [TestCase("#1 Record")]
    [TestCase("Live: At Leeds")]
    [TestCase("True")]
    [TestCase("0123")]
    public void Titles_YamlHazard_IsPresent(string title) =>
        Assert.That(Releases.Value.Select(r => r.Title), Does.Contain(title));

    [Test]
    public void ArtistNames_LeadingYamlIndicatorAndDisambiguation_ArePresent()
    {
        var names = Releases.Value.SelectMany(r => r.Artists).Select(a => a.Name).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(names, Does.Contain("*NSYNC"));
            Assert.That(names.Where(n => Disambiguation().IsMatch(n)), Is.Not.Empty);
        });
    }

    [TestCase("Latin with diacritics", 0x00C0, 0x024F)]
    [TestCase("Greek", 0x0370, 0x03FF)]
    [TestCase("Cyrillic", 0x0400, 0x04FF)]
    [TestCase("Ethiopic", 0x1200, 0x137F)]
    [TestCase("Japanese kana", 0x3040, 0x30FF)]
    [TestCase("CJK ideographs", 0x4E00, 0x9FFF)]
    [TestCase("Hangul", 0xAC00, 0xD7AF)]
    [TestCase("emoji", 0x1F300, 0x1FAFF)]
    public void TitlesAndNames_Script_IsPresent(string script, int first, int last)
    {
        var text = string.Concat(Releases.Value.Select(r => r.Title + string.Concat(r.Artists.Select(a => a.Name + a.Anv))));

        Assert.That(text.EnumerateRunes().Any(r => r.Value >= first && r.Value <= last), Is.True, script);
    }

    [Test]
    public void Credits_JoinStrings_CoverTheCommonSeparators()
    {
        var joins = Releases.Value.SelectMany(r => r.Artists).Select(a => a.Join).OfType<string>().ToHashSet();

        Assert.That(joins, Is.SupersetOf(new[] { "&", ",", "Featuring", "–", "/" }));
    }

    [Test]
    public void Compilations_Various_HavePerTrackArtistsOnEveryTrack()
    {
        var various = Releases.Value.Where(r => r.Artists.Any(a => a.Id == 194)).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(various, Has.Count.GreaterThanOrEqualTo(2));
            Assert.That(various.SelectMany(r => r.Tracklist).Where(t => t.Artists.Count == 0), Is.Empty);
        });
    }

    [Test]
    public void Releases_WithoutMasterWithoutImagesAndYearZero_ArePresent()
    {
        var raw = DemoData.Files("releases", ".json").Select(f => JsonNode.Parse(File.ReadAllText(f))!.AsObject()).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(raw.Where(r => !r.ContainsKey("master_id")), Is.Not.Empty, "master_id key absent");
            Assert.That(raw.Where(r => !r.ContainsKey("images")), Is.Not.Empty, "images key absent");
            Assert.That(Releases.Value.Where(r => r.Images.Count > 0 && r.Images.All(i => i.Uri is null)), Is.Not.Empty, "blank image URIs");
            Assert.That(Releases.Value.Where(r => r.Year is null), Is.Not.Empty, "year 0");
        });
    }

    [Test]
    public void Tracklists_LongWithHeadingsIndexTracksAndSubTracks_ArePresent()
    {
        var longLists = Releases.Value.Where(r => r.Tracklist.Count >= 20).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(longLists.Where(r => r.Tracklist.Any(t => t.Type == "heading") && r.Tracklist.Any(t => t.SubTracks.Count > 0)), Is.Not.Empty);
            Assert.That(Releases.Value.SelectMany(r => r.Tracklist).Where(t => t.Type == "index" && t.SubTracks.Count > 1), Is.Not.Empty);
        });
    }

    [Test]
    public void Titles_SameTitleOnTwoReleases_CollidesAsASlug()
    {
        var collisions = Releases.Value.GroupBy(r => r.Title.Trim().ToUpperInvariant()).Where(g => g.Count() > 1);

        Assert.That(collisions.Select(g => g.Key), Does.Contain("THE DARK SIDE OF THE MOON"));
    }

    [GeneratedRegex(@" \(\d+\)$")]
    private static partial Regex Disambiguation();
}
