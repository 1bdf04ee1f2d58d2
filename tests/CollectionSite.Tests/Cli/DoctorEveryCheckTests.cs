using CollectionSite.Cli;
using CollectionSite.Tests.Fakes;

namespace CollectionSite.Tests.Cli;

/// <summary>`doctor` runs every check every time and says each problem once: a bad configuration value is one FAIL
/// line, not the end of the run; an unreachable API is one attempt whose cause is named.</summary>
public sealed class DoctorEveryCheckTests
{
    private string folder = string.Empty;

    [SetUp]
    public void SetUp() => folder = TestPaths.NewScratchFolder("doctor-every");

    [TearDown]
    public void TearDown() => Directory.Delete(folder, recursive: true);

    [Test]
    public async Task Doctor_OutOfRangeValue_OneFailLineThenEveryOtherCheckAndTheCount()
    {
        var (exit, lines, error) = await RunAsync("""{ "Discogs": { "Username": "someone", "FullListingDays": 400 } }""", "{}");

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(1));
            Assert.That(lines.Count(l => l.Contains("FullListingDays", StringComparison.Ordinal)), Is.EqualTo(1), string.Join('\n', lines));
            Assert.That(lines, Has.One.StartsWith("FAIL configuration (Discogs): Discogs:FullListingDays must be a whole number from 0 to 365"));
            Assert.That(lines, Has.One.StartsWith("FAIL Discogs: no token configured"));
            Assert.That(lines, Has.One.StartsWith("OK   state folder:"));
            Assert.That(lines, Has.Some.StartsWith("OK   disk space").Or.Some.StartsWith("FAIL disk space"));
            Assert.That(lines[^1], Does.Match(@"^\d+ check\(s\) failed"));
            Assert.That(error, Is.Empty, "each problem once, on stdout");
        });
    }

    [Test]
    public async Task Doctor_UnreadableSettingsFile_FailLineThenEveryOtherCheck()
    {
        var (exit, lines, error) = await RunAsync("{ not json", "{}");

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(1));
            Assert.That(lines, Has.One.StartsWith("FAIL configuration:"));
            Assert.That(lines, Has.One.StartsWith("OK   state folder:"));
            Assert.That(lines[^1], Does.Match(@"^\d+ check\(s\) failed"));
            Assert.That(error, Is.Empty);
        });
    }

    [TestCase("http://collectionsite-doctor.invalid", "DNS failure")]
    [TestCase("http://127.0.0.1:1", "connection refused")]
    public async Task Doctor_UnreachableDiscogs_OneAttemptNamingTheCause(string baseUrl, string cause)
    {
        var (exit, lines, error) = await RunAsync(
            $$"""{ "Discogs": { "Username": "someone", "BaseUrl": "{{baseUrl}}" } }""", """{ "Discogs": { "Token": "fake-token-0123456789" } }""");

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(1));
            Assert.That(lines, Has.One.StartsWith($"FAIL Discogs: {cause}").And.Contains("Discogs:BaseUrl"));
            Assert.That(error, Does.Not.Contain("retry").IgnoreCase, "one attempt, no retries");
        });
    }

    private async Task<(int Exit, IReadOnlyList<string> Lines, string Error)> RunAsync(string settingsJson, string secretsJson)
    {
        var settings = Path.Combine(folder, "settings.json");
        var secrets = Path.Combine(folder, "secrets.json");
        await File.WriteAllTextAsync(settings, settingsJson);
        await File.WriteAllTextAsync(secrets, secretsJson);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CliApplication.RunAsync(
            ["doctor", "--config", settings, "--secrets", secrets, "--state", Path.Combine(folder, "state"), "--output", Path.Combine(folder, "site")],
            Consoles.ForStandardOutput(output, redirected: true),
            error,
            CancellationToken.None);
        var lines = output.ToString().Split('\n').Select(l => l.TrimEnd()).Where(l => l.Length > 0).ToList();
        return (exit, lines, error.ToString());
    }
}
