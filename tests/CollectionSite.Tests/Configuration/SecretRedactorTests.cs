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

    [Test]
    public void Redact_ApplePrivateKey_MaskedWholeAsOneLineAndLineByLine()
    {
        const string body1 = "MIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQg";
        const string body2 = "c29tZSBzZWNyZXQga2V5IG1hdGVyaWFsIGhlcmUgZm9yIHRlc3Q=";
        var pem = $"-----BEGIN PRIVATE KEY-----\n{body1}\n{body2}\n-----END PRIVATE KEY-----";
        var redactor = new SecretRedactor(new AppleMusicSettings { PrivateKey = pem }.Secrets);

        Assert.Multiple(() =>
        {
            Assert.That(redactor.Redact(pem), Is.EqualTo("***"));
            Assert.That(redactor.Redact("env: " + pem.Replace("\n", "\\n", StringComparison.Ordinal)), Is.EqualTo("env: ***"), "the one-line form of an environment variable");
            Assert.That(redactor.Redact($"bad key line '{body2}'"), Is.EqualTo("bad key line '***'"), "a line quoted by an error");
            Assert.That(redactor.Redact("-----BEGIN PRIVATE KEY-----"), Is.EqualTo("-----BEGIN PRIVATE KEY-----"), "the armour is no secret");
        });
    }
}
