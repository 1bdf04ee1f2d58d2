using CollectionSite.Rendering.Slugs;

namespace CollectionSite.Tests.Rendering;

[TestFixture]
public sealed class SlugifierTests
{
    [TestCase("Björk", "bjork")]
    [TestCase("Sigur Rós ( )", "sigur-ros")]
    [TestCase("AC/DC", "ac-dc")]
    [TestCase("Don't Stop", "dont-stop")]
    [TestCase("  --Hello,   World!--  ", "hello-world")]
    [TestCase("Φειδιππίδης", "feidippidis")]
    [TestCase("Борис Гребенщиков", "boris-grebenshchikov")]
    [TestCase("さいたま", "saitama")]
    [TestCase("トヨタ", "toyota")]
    [TestCase("深圳", "shenzhen")]
    [TestCase("화성시", "hwaseongsi")]
    [TestCase("Ethio Jazz = የካተት = エチオ・ジャズ", "ethio-jazz-yekatet-echio-jiyazu")]
    [TestCase("ደብረ ዘይት", "debre-zeyt")]
    [TestCase("😀", "grinning")]
    [TestCase("🎸🎸", "guitar-guitar")]
    public void Slugify_Title_TransliteratesToLowercaseAscii(string title, string expected) =>
        Assert.That(Slugifier.Slugify(title), Is.EqualTo(expected));

    [TestCase("!!!")]
    [TestCase("( )")]
    [TestCase("")]
    [TestCase("\u0301\u0302")]
    public void Slugify_NothingLetterLike_ReturnsEmptyForTheCallerToReplace(string title) =>
        Assert.That(Slugifier.Slugify(title), Is.Empty);

    [Test]
    public void Slugify_LongTitle_CutsAtAWordBoundaryWithinTheLimit()
    {
        var title = string.Join(' ', Enumerable.Repeat("symphony", 20));

        var slug = Slugifier.Slugify(title);

        Assert.Multiple(() =>
        {
            Assert.That(slug, Has.Length.LessThanOrEqualTo(Slugifier.MaxLength));
            Assert.That(slug, Does.Match("^(symphony-)*symphony$"));
        });
    }

    [Test]
    public void Slugify_OneLongWord_IsCutAtTheLimit() =>
        Assert.That(Slugifier.Slugify(new string('a', 200)), Is.EqualTo(new string('a', Slugifier.MaxLength)));

    [Test]
    public void Transliterate_ConcurrentFirstUse_GivesTheSameResultEverywhere()
    {
        var results = new string[16];

        Parallel.For(0, results.Length, i => results[i] = AnyAscii.Transliterate("Δημήτρης Φωτόπουλος"));

        Assert.That(results, Is.All.EqualTo("Dimitris Fotopoylos"));
    }
}
