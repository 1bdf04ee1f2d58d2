using CollectionSite.Cli;
using CollectionSite.Tests.Fakes;
using Spectre.Console;

namespace CollectionSite.Tests.Cli;

/// <summary>`doctor` against the fake Discogs server (real Kestrel): a rejected token is a FAIL line naming the fix, a
/// good one is OK; the token is never printed.</summary>
[Category("Kestrel")]
[Category("Hugo")]
public sealed class DoctorCommandTests
{
    private const string WrongToken = "wrong-token-0123456789abcdef";
    private string folder = string.Empty;
    private FakeDiscogsServer server = null!;

    [SetUp]
    public async Task SetUp()
    {
        folder = TestPaths.NewScratchFolder("doctor");
        server = await FakeDiscogsServer.StartAsync();
    }

    [TearDown]
    public async Task TearDown()
    {
        await server.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }

    [Test]
    public async Task Doctor_RejectedDiscogsToken_FailLineNamingTheFixExit1()
    {
        var (exit, output, error) = await RunAsync(WrongToken);

        var lines = output.Split('\n').Select(l => l.TrimEnd()).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(1), error);
            Assert.That(lines, Has.One.StartsWith("FAIL Discogs: credentials rejected").And.Contains("create a new personal access token at https://www.discogs.com/settings/developers"));
            Assert.That(lines, Has.One.StartsWith("OK   configuration:"));
            Assert.That(lines, Has.One.StartsWith("OK   state folder:"));
            Assert.That(output + error, Does.Not.Contain(WrongToken));
            Assert.That(server.Log.Total, Is.EqualTo(1), "one cheap call");
        });
    }

    [Test]
    public async Task Doctor_GoodTokenAndHugoPresent_EveryLineOkExit0()
    {
        var (exit, output, error) = await RunAsync(FakeDiscogsOptions.DefaultToken);

        var lines = output.Split('\n').Select(l => l.TrimEnd()).Where(l => l.Length > 0).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.Zero, output + error);
            Assert.That(lines, Has.One.EqualTo($"OK   Discogs: token accepted (GET /oauth/identity: user {server.Data.Username})"));
            Assert.That(lines, Has.One.StartsWith("OK   Hugo: hugo v"));
            Assert.That(lines, Has.One.StartsWith("OK   Spotify: optional source not configured"));
            Assert.That(lines.Where(l => l.StartsWith("FAIL", StringComparison.Ordinal)), Is.Empty);
            Assert.That(lines[^1], Is.EqualTo("Everything is ready."));
            Assert.That(output + error, Does.Not.Contain(FakeDiscogsOptions.DefaultToken));
        });
    }

    [Test]
    public async Task HugoAsync_NotOnThePath_FailNamingTheInstall()
    {
        var check = await LocalChecks.HugoAsync("collectionsite-no-such-hugo", CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(check.Ok, Is.False);
            Assert.That(check.ToString(), Does.StartWith("FAIL Hugo: 'collectionsite-no-such-hugo' was not found — install Hugo 0.111.3 or newer"));
        });
    }

    private Task<(int Exit, string Output, string Error)> RunAsync(string token)
    {
        var settings = Path.Combine(folder, "settings.json");
        var secrets = Path.Combine(folder, "secrets.json");
        File.WriteAllText(settings, $$"""{ "Discogs": { "Username": "{{server.Data.Username}}", "BaseUrl": "{{server.BaseUrl}}" } }""");
        File.WriteAllText(secrets, $$"""{ "Discogs": { "Token": "{{token}}" } }""");
        return RunWide(
            "doctor", "--config", settings, "--secrets", secrets, "--state", Path.Combine(folder, "state"), "--output", Path.Combine(folder, "site"));
    }

    /// <summary>On a wide console, so each check stays on one line.</summary>
    private static async Task<(int Exit, string Output, string Error)> RunWide(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });
        console.Profile.Width = 1000;
        var exit = await CliApplication.RunAsync(args, console, error, CancellationToken.None);
        return (exit, output.ToString(), error.ToString());
    }
}
