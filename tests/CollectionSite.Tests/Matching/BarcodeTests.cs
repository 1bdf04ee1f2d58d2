using CollectionSite.Domain;
using CollectionSite.Matching;

namespace CollectionSite.Tests.Matching;

public sealed class BarcodeTests
{
    // 074643379526 is a valid UPC-A (check digit 6); 5099902989129 a valid EAN-13 (check digit 9).
    [TestCase("0 74643 37952 6")]
    [TestCase("0 7464-33795-2 6")]
    [TestCase("074643379526")]
    [TestCase("0074643379526")]
    [TestCase("74643-37952-6")]
    public void QueryForms_UpcTypedAnyWay_TwelveThenThirteenDigits(string typed) =>
        Assert.That(Barcode.QueryForms([Identifier(typed)]), Is.EqualTo(typed.Count(char.IsAsciiDigit) <= 12
            ? new[] { "074643379526", "0074643379526" }
            : ["0074643379526", "074643379526"]));

    [Test]
    public void QueryForms_EanNotStartingWithZero_OnlyThirteenDigits() =>
        Assert.That(Barcode.QueryForms([Identifier("5 099902 989129")]), Is.EqualTo(new[] { "5099902989129" }));

    [TestCase("0 74643 37952 5")]
    [TestCase("5 099902 989120")]
    public void QueryForms_WrongCheckDigit_Ignored(string typed) =>
        Assert.That(Barcode.QueryForms([Identifier(typed)]), Is.Empty);

    [TestCase("BIEM/GEMA")]
    [TestCase("1234567")]
    [TestCase("123456789012345")]
    [TestCase("")]
    public void QueryForms_NotAUpcOrEan_Ignored(string typed) =>
        Assert.That(Barcode.QueryForms([Identifier(typed)]), Is.Empty);

    [Test]
    public void QueryForms_OtherIdentifierTypes_Ignored() =>
        Assert.That(Barcode.QueryForms([new ReleaseIdentifier("Matrix / Runout", "074643379526", null)]), Is.Empty);

    [Test]
    public void QueryForms_SameCodeTwice_Once() =>
        Assert.That(Barcode.QueryForms([Identifier("074643379526"), Identifier("0 74643 37952 6")]), Has.Count.EqualTo(2));

    [TestCase("074643379526", "0074643379526", true)]
    [TestCase("74643-37952-6", "074643379526", true)]
    [TestCase("074643379526", "5099902989129", false)]
    [TestCase(null, "074643379526", false)]
    public void SameCode_FormsOfOneCode_Equal(string? left, string? right, bool expected) =>
        Assert.That(Barcode.SameCode(left, right), Is.EqualTo(expected));

    private static ReleaseIdentifier Identifier(string value) => new("Barcode", value, "Text");
}
