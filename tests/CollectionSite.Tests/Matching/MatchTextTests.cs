using CollectionSite.Matching;

namespace CollectionSite.Tests.Matching;

public sealed class MatchTextTests
{
    [TestCase("OK Computer", "ok computer")]
    [TestCase("Motörhead", "motorhead")]
    [TestCase("Ágætis Byrjun", "agætis byrjun")]
    [TestCase("Don't Stop", "dont stop")]
    [TestCase("R.E.M.", "rem")]
    [TestCase("Rattle & Hum", "rattle and hum")]
    [TestCase("Florence + The Machine", "florence and the machine")]
    [TestCase("Sgt. Pepper's Lonely Hearts Club Band", "sgt peppers lonely hearts club band")]
    [TestCase("  Kid   A  ", "kid a")]
    [TestCase("Opiate²", "opiate2")]
    public void Normalize_CasePunctuationAndMarks_Folded(string text, string expected) =>
        Assert.That(MatchText.Normalize(text), Is.EqualTo(expected));

    [TestCase("The Wall", "wall")]
    [TestCase("A Night at the Opera", "night at the opera")]
    [TestCase("An Innocent Man", "innocent man")]
    [TestCase("Le Voyage", "voyage")]
    [TestCase("La Bamba", "bamba")]
    [TestCase("Les Misérables", "miserables")]
    [TestCase("Die Mensch-Maschine", "mensch maschine")]
    [TestCase("Der Blaue Reiter", "blaue reiter")]
    [TestCase("Das Boot", "boot")]
    [TestCase("El Mariachi", "mariachi")]
    [TestCase("Los Lobos", "lobos")]
    public void Normalize_LeadingArticle_Dropped(string text, string expected) =>
        Assert.That(MatchText.Normalize(text), Is.EqualTo(expected));

    [TestCase("The", "the")]
    [TestCase("The The", "the")]
    public void Normalize_ArticleAlone_Kept(string text, string expected) =>
        Assert.That(MatchText.Normalize(text), Is.EqualTo(expected));

    [TestCase("( )", "()")]
    [TestCase("!!!", "!!!")]
    public void Normalize_OnlySymbols_KeepsTheSymbols(string text, string expected) =>
        Assert.That(MatchText.Normalize(text), Is.EqualTo(expected));

    [Test]
    public void Normalize_NullOrBlank_Empty() =>
        Assert.That(new[] { MatchText.Normalize(null), MatchText.Normalize("  ") }, Is.All.Empty);

    [TestCase("Группа крови", "gruppa krovi")]
    [TestCase("Ο Μεγάλος Ερωτικός", "o megalos erotikos")]
    [TestCase("Ænima", "aenima")]
    public void Forms_NonLatin_AddsTransliteration(string text, string latin)
    {
        var forms = MatchText.Forms(text);

        Assert.That(forms, Has.Count.EqualTo(2).And.Contains(latin));
        Assert.That(forms[0], Is.EqualTo(MatchText.Normalize(text)));
    }

    [Test]
    public void Forms_Latin_OneForm() => Assert.That(MatchText.Forms("Kid A"), Is.EqualTo(new[] { "kid a" }));
}
