using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CollectionSite.Clients.AppleMusic;
using CollectionSite.Configuration;
using CollectionSite.Tests.Fakes;

namespace CollectionSite.Tests.Clients.AppleMusic;

/// <summary>The developer token checked the way Apple checks it: with the public key, the header and the claims' bounds.</summary>
public sealed class AppleMusicDeveloperTokenTests
{
    private FakeTimeProvider time = null!;
    private SecretRedactor redactor = null!;

    [SetUp]
    public void SetUp()
    {
        time = new FakeTimeProvider(TestClock.Start);
        redactor = new SecretRedactor([]);
    }

    [Test]
    public void Current_SignedWithTheMusicKitKey_VerifiesWithItsPublicKey()
    {
        using var token = new AppleMusicDeveloperToken(AppleMusicServices.Settings(), time, redactor);

        var parts = token.Current().Split('.');

        using var publicKey = ECDsa.Create();
        publicKey.ImportFromPem(AppleMusicServices.Key.ExportSubjectPublicKeyInfoPem());
        var signed = Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]);
        var signature = Base64Url.DecodeFromChars(parts[2]);
        Assert.Multiple(() =>
        {
            Assert.That(parts, Has.Length.EqualTo(3));
            Assert.That(signature, Has.Length.EqualTo(64), "IEEE P1363 r‖s of P-256, not DER");
            Assert.That(publicKey.VerifyData(signed, signature, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation), Is.True);
        });
    }

    [Test]
    public void Current_HeaderAndClaims_AsAppleAsks()
    {
        using var token = new AppleMusicDeveloperToken(AppleMusicServices.Settings(), time, redactor);

        var parts = token.Current().Split('.');

        using var header = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[0]));
        using var claims = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[1]));
        var iat = claims.RootElement.GetProperty("iat");
        var exp = claims.RootElement.GetProperty("exp");
        Assert.Multiple(() =>
        {
            Assert.That(header.RootElement.GetProperty("alg").GetString(), Is.EqualTo("ES256"));
            Assert.That(header.RootElement.GetProperty("kid").GetString(), Is.EqualTo(AppleMusicServices.KeyId));
            Assert.That(claims.RootElement.GetProperty("iss").GetString(), Is.EqualTo(AppleMusicServices.TeamId));
            Assert.That(iat.ValueKind, Is.EqualTo(JsonValueKind.Number));
            Assert.That(iat.GetRawText(), Does.Match("^[0-9]+$"), "a whole number of seconds");
            Assert.That(iat.GetInt64(), Is.EqualTo(TestClock.Start.ToUnixTimeSeconds()));
            Assert.That(exp.GetInt64(), Is.GreaterThan(iat.GetInt64()).And.LessThanOrEqualTo(iat.GetInt64() + AppleMusicDeveloperToken.MaxLifetimeSeconds));
        });
    }

    [Test]
    public void Current_AskedTwice_SameTokenAndHandedToTheRedactor()
    {
        using var token = new AppleMusicDeveloperToken(AppleMusicServices.Settings(), time, redactor);

        var first = token.Current();
        time.Advance(TimeSpan.FromDays(28));
        var second = token.Current();

        Assert.That(second, Is.EqualTo(first));
        Assert.That(redactor.Redact("Bearer " + first), Is.EqualTo("Bearer " + SecretRedactor.Mask));
    }

    [Test]
    public void Current_CloseToExpiry_NewTokenIssuedNowAndMasked()
    {
        using var token = new AppleMusicDeveloperToken(AppleMusicServices.Settings(), time, redactor);
        var first = token.Current();

        time.Advance(AppleMusicDeveloperToken.Lifetime - AppleMusicDeveloperToken.RenewBefore);
        var renewed = token.Current();

        using var claims = JsonDocument.Parse(Base64Url.DecodeFromChars(renewed.Split('.')[1]));
        Assert.Multiple(() =>
        {
            Assert.That(renewed, Is.Not.EqualTo(first));
            Assert.That(claims.RootElement.GetProperty("iat").GetInt64(), Is.EqualTo(time.GetUtcNow().ToUnixTimeSeconds()));
            Assert.That(redactor.Redact(renewed), Is.EqualTo(SecretRedactor.Mask));
        });
    }

    [Test]
    public void Constructor_PemOnOneLineWithEscapedNewlines_Accepted()
    {
        var oneLine = AppleMusicServices.Key.ExportPkcs8PrivateKeyPem().Replace("\n", "\\n", StringComparison.Ordinal);

        using var token = new AppleMusicDeveloperToken(AppleMusicServices.Settings(oneLine), time, redactor);

        Assert.That(token.Current().Split('.'), Has.Length.EqualTo(3));
    }

    [TestCase("not a key at all", "no -----BEGIN PRIVATE KEY----- block")]
    [TestCase("-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE\n-----END PUBLIC KEY-----", "'PUBLIC KEY' block, not a private key")]
    [TestCase("-----BEGIN PRIVATE KEY-----\nMIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQg\n-----END PRIVATE KEY-----", "damaged")]
    [TestCase("-----BEGIN PRIVATE KEY-----\nMIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQgFAKEKEYFAKEKEY\n-----END PRIVATE KEY-----", "damaged")]
    public void Constructor_UnreadablePrivateKey_OneLineNamingTheKeyNotItsText(string pem, string reason)
    {
        var error = Assert.Throws<ConfigurationException>(() => new AppleMusicDeveloperToken(AppleMusicServices.Settings(pem), time, redactor));

        Assert.Multiple(() =>
        {
            Assert.That(error!.Message, Does.StartWith("AppleMusic:PrivateKey is not a readable MusicKit private key").And.Contain(reason));
            Assert.That(error.Message, Does.Not.Contain('\n').And.Not.Contain("FAKEKEY"));
        });
    }

    [Test]
    public void Constructor_RsaKey_RefusedAsNotAnEllipticCurveKey()
    {
        using var rsa = RSA.Create(2048);

        var error = Assert.Throws<ConfigurationException>(() => new AppleMusicDeveloperToken(AppleMusicServices.Settings(rsa.ExportPkcs8PrivateKeyPem()), time, redactor));

        Assert.That(error!.Message, Does.Contain("AppleMusic:PrivateKey").And.Contain("not an elliptic-curve key"));
    }

    [Test]
    public void Constructor_P384Key_RefusedNamingTheCurve()
    {
        using var p384 = ECDsa.Create(ECCurve.NamedCurves.nistP384);

        var error = Assert.Throws<ConfigurationException>(() => new AppleMusicDeveloperToken(AppleMusicServices.Settings(p384.ExportPkcs8PrivateKeyPem()), time, redactor));

        Assert.That(error!.Message, Does.Contain("384-bit").And.Contain("P-256"));
    }

    [Test]
    public void Constructor_KeyFileUnreadable_NamesPrivateKeyPath()
    {
        var settings = AppleMusicServices.Settings();
        settings.PrivateKey = null;
        settings.PrivateKeyPath = Path.Combine(TestPaths.NewScratchFolder("apple-key"), "AuthKey_KEY1234567.p8");

        var error = Assert.Throws<ConfigurationException>(() => new AppleMusicDeveloperToken(settings, time, redactor));

        Assert.That(error!.Message, Does.StartWith($"AppleMusic:PrivateKeyPath '{settings.PrivateKeyPath}' cannot be read"));
    }

    [Test]
    public void Constructor_KeyFileWithThePem_Signs()
    {
        var settings = AppleMusicServices.Settings();
        settings.PrivateKeyPath = Path.Combine(TestPaths.NewScratchFolder("apple-key"), "AuthKey_KEY1234567.p8");
        File.WriteAllText(settings.PrivateKeyPath, settings.PrivateKey);
        settings.PrivateKey = null;

        using var token = new AppleMusicDeveloperToken(settings, time, redactor);

        Assert.That(token.Current().Split('.'), Has.Length.EqualTo(3));
    }
}
