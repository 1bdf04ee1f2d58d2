using CollectionSite.Matching;

namespace CollectionSite.Tests.Matching;

public sealed class TextSimilarityTests
{
    [TestCase("OK Computer", "Ok computer")]
    [TestCase("Vol. 2", "Vol 2")]
    [TestCase("Sakamoto Ryuichi", "Ryuichi Sakamoto")]
    [TestCase("Группа крови", "Gruppa Krovi")]
    [TestCase("Deja Vu", "Déjà Vu")]
    [TestCase("Volume Two", "Volume 2")]
    [TestCase("The Beatles", "Beatles")]
    public void Of_SameWords_One(string left, string right) =>
        Assert.That(TextSimilarity.Of(left, right), Is.EqualTo(1));

    [TestCase("Greatest Hits", "Greatest Hits II")]
    [TestCase("Led Zeppelin II", "Led Zeppelin III")]
    [TestCase("Now That's What I Call Music 10", "Now That's What I Call Music 11")]
    [TestCase("Volume One", "Volume Two")]
    [TestCase("Pt. 1", "Pt. 2")]
    public void Of_DifferentNumbers_AtMostHalf(string left, string right) =>
        Assert.That(TextSimilarity.Of(left, right), Is.LessThanOrEqualTo(TextSimilarity.DifferentNumbers));

    [Test]
    public void Of_OneLetterTypoInLongTitle_High() =>
        Assert.That(TextSimilarity.Of("Dicovery", "Discovery"), Is.InRange(0.85, 0.95));

    [Test]
    public void Of_OneAddedWord_BelowThreshold() =>
        Assert.That(TextSimilarity.Of("The Best Of The Doors", "The Very Best Of The Doors"), Is.LessThan(0.85));

    [Test]
    public void Of_Unrelated_Low() => Assert.That(TextSimilarity.Of("( )", "Sigur Rós Presents Liminal Sleep"), Is.LessThan(0.2));

    [Test]
    public void Of_Empty_Zero() => Assert.That(TextSimilarity.Of("", "Kid A"), Is.Zero);

    [TestCase("kitten", "sitting", 1 - (3.0 / 7))]
    [TestCase("abc", "abc", 1.0)]
    [TestCase("", "", 1.0)]
    public void Ratio_EditDistance_OverLongerLength(string left, string right, double expected) =>
        Assert.That(TextSimilarity.Ratio(left, right), Is.EqualTo(expected).Within(1e-9));

    [Test]
    public void WordDice_StopWordsIgnored() =>
        Assert.That(TextSimilarity.WordDice("best of the doors", "very best of the doors"), Is.EqualTo(0.8).Within(1e-9));

    [TestCase("volume two", "volume 2")]
    [TestCase("led zeppelin iv", "led zeppelin 4")]
    public void NumbersAsDigits_WordsAndNumerals_Digits(string text, string expected) =>
        Assert.That(TextSimilarity.NumbersAsDigits(text), Is.EqualTo(expected));
}
