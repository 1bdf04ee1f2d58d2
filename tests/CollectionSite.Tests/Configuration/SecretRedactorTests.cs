using CollectionSite.Configuration;

namespace CollectionSite.Tests.Configuration;

public sealed class SecretRedactorTests
{
    [Test]
    public void Redact_SecretContainingAnother_MaskedWhole()
    {
        var redactor = new SecretRedactor(["token-1234", "token-1234-extended"]);

        Assert.That(redactor.Redact("a token-1234-extended and a token-1234"), Is.EqualTo("a *** and a ***"));
    }

    [Test]
    public void Add_TokenMintedLater_MaskedFromThenOn()
    {
        var redactor = new SecretRedactor([]);
        var before = redactor.Redact("Bearer minted-access-token");

        redactor.Add("minted-access-token");
        redactor.Add("minted-access-token");

        Assert.Multiple(() =>
        {
            Assert.That(before, Is.EqualTo("Bearer minted-access-token"));
            Assert.That(redactor.Redact("Bearer minted-access-token"), Is.EqualTo("Bearer ***"));
        });
    }

    [Test]
    public void Add_VeryShortValue_NotMaskedSoOrdinaryWordsSurvive()
    {
        var redactor = new SecretRedactor(["abc"]);

        Assert.That(redactor.Redact("abc def"), Is.EqualTo("abc def"));
    }
}
