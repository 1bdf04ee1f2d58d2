using CollectionSite.Cli;
using CollectionSite.Tests.Fakes;
using Spectre.Console;

namespace CollectionSite.Tests.Cli;

public sealed class CliApplicationTests
{
    private string folder = string.Empty;

    [SetUp]
    public void SetUp() => folder = TestPaths.NewScratchFolder("cli");

    [TearDown]
    public void TearDown() => Directory.Delete(folder, recursive: true);

    [Test]
    public async Task RunAsync_MissingToken_OneLineNamingTheKeyExit2()
    {
        File.WriteAllText(Path.Combine(folder, "settings.json"), """{ "Discogs": { "Username": "bob" } }""");
        File.WriteAllText(Path.Combine(folder, "secrets.json"), "{}");

        var (exit, output, error) = await Run("harvest", "--config", Path.Combine(folder, "settings.json"), "--secrets", Path.Combine(folder, "secrets.json"));

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(2));
            Assert.That(error.Trim(), Does.StartWith("Configuration error: Discogs:Token is missing"));
            Assert.That(error.Trim().Split('\n'), Has.Length.EqualTo(1), "one line, no stack trace");
            Assert.That(output, Is.Empty);
        });
    }

    [Test]
    public async Task RunAsync_BadMaxDuration_OneConfigurationLineExit2()
    {
        File.WriteAllText(Path.Combine(folder, "settings.json"), """{ "Discogs": { "Username": "bob" } }""");
        File.WriteAllText(Path.Combine(folder, "secrets.json"), """{ "Discogs": { "Token": "abc" } }""");

        var (exit, output, error) = await Run(
            "build", "--config", Path.Combine(folder, "settings.json"), "--secrets", Path.Combine(folder, "secrets.json"), "--max-duration", "5x");

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(2));
            Assert.That(error.Trim(), Does.StartWith("Configuration error: Run:MaxDuration (--max-duration) must be a duration such as 45s, 20m or 5h30m"));
            Assert.That(error.Trim().Split('\n'), Has.Length.EqualTo(1), "one line, no stack trace");
            Assert.That(output, Is.Empty);
        });
    }

    [Test]
    public async Task RunAsync_MalformedSecrets_OneLineExit2()
    {
        File.WriteAllText(Path.Combine(folder, "secrets.json"), """{ "Discogs": { "Token": "abc" """);

        var (exit, _, error) = await Run("harvest", "--secrets", Path.Combine(folder, "secrets.json"));

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(2));
            Assert.That(error, Does.StartWith("Configuration error:").And.Contain("secrets.json: malformed JSON"));
            Assert.That(error, Does.Not.Contain("   at "));
        });
    }

    [Test]
    public async Task RunAsync_BadBaseUrl_OneLineExit2()
    {
        File.WriteAllText(Path.Combine(folder, "settings.json"), """{ "Discogs": { "Username": "bob", "BaseUrl": "api.discogs.com" } }""");
        File.WriteAllText(Path.Combine(folder, "secrets.json"), """{ "Discogs": { "Token": "abcdef" } }""");

        var (exit, _, error) = await Run("harvest", "--config", Path.Combine(folder, "settings.json"), "--secrets", Path.Combine(folder, "secrets.json"));

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(2));
            Assert.That(error, Does.Contain("Discogs:BaseUrl must be an absolute http(s) URL"));
        });
    }

    [Test]
    public async Task RunAsync_UnknownOption_UsageErrorExit2()
    {
        var (exit, _, error) = await Run("harvest", "--frobnicate");

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(2));
            Assert.That(error, Does.Contain("--frobnicate"));
        });
    }

    [Test]
    public async Task RunAsync_NoCommand_UsageErrorExit2()
    {
        var (exit, _, _) = await Run();

        Assert.That(exit, Is.EqualTo(2));
    }

    [Test]
    public async Task RunAsync_SkipAddListRemove_RoundTrips()
    {
        var state = Path.Combine(folder, "state");

        var (added, _, _) = await Run("skip", "add", "249504", "--reason", "bootleg", "--state", state);
        var (_, listed, _) = await Run("skip", "list", "--state", state);
        var (removed, removeOutput, _) = await Run("skip", "remove", "249504", "--state", state);
        var (_, empty, _) = await Run("skip", "list", "--state", state);

        Assert.Multiple(() =>
        {
            Assert.That(added, Is.Zero);
            Assert.That(listed, Does.Contain("249504").And.Contain("bootleg").And.Contain("1 skipped"));
            Assert.That(removed, Is.Zero);
            Assert.That(removeOutput, Does.Contain("no longer skipped"));
            Assert.That(empty, Does.Contain("0 skipped"));
        });
    }

    [Test]
    public async Task RunAsync_SkipWithDemoAndVerbose_ActsOnTheDemoStateFolder()
    {
        var state = Path.Combine(folder, "state");

        var (added, _, addError) = await Run("skip", "add", "990000101", "--demo", "--verbose", "--state", state);
        var (_, demoList, _) = await Run("skip", "list", "--demo", "--state", state);
        var (_, ownList, _) = await Run("skip", "list", "--state", state);

        Assert.Multiple(() =>
        {
            Assert.That(added, Is.Zero, addError);
            Assert.That(File.Exists(Path.Combine(state, "demo", "collectionsite.db")), Is.True);
            Assert.That(demoList, Does.Contain("990000101").And.Contain("1 skipped"));
            Assert.That(ownList, Does.Contain("0 skipped"), "the collection's own state is untouched");
        });
    }

    [TestCase("add", "0", "release-id must be a Discogs release id")]
    [TestCase("add", "-5", "release-id must be a Discogs release id")]
    [TestCase("add", "abc", "release-id must be a Discogs release id (a positive whole number), not 'abc'.")]
    [TestCase("remove", "abc", "release-id must be a Discogs release id (a positive whole number), not 'abc'.")]
    public async Task RunAsync_SkipReleaseIdNotAPositiveNumber_UsageErrorExit2NoStackTrace(string verb, string id, string message)
    {
        var (exit, _, error) = await Run("skip", verb, id, "--state", Path.Combine(folder, "state"));

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(2));
            Assert.That(error, Does.Contain(message).And.Not.Contain("   at "));
        });
    }

    [Test]
    public async Task RunAsync_RetryUnknownStage_UsageErrorNamingTheKeys()
    {
        var (exit, _, error) = await Run("retry", "--stage", "bogus", "--state", Path.Combine(folder, "state"));

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(2));
            Assert.That(error, Does.Contain("bogus").And.Contain("discogs.release").And.Contain("discogs.artists"));
        });
    }

    [Test]
    public async Task RunAsync_MalformedSettingsFile_PointsAtTheSettingsExample()
    {
        File.WriteAllText(Path.Combine(folder, "settings.json"), """{ "Discogs": { "Username": "x", """);

        var (exit, _, error) = await Run("build", "--config", Path.Combine(folder, "settings.json"));

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(2));
            Assert.That(error, Does.Contain("malformed JSON").And.Contain("see collectionsite.example.json").And.Not.Contain("secrets.example.json"));
        });
    }

    [Test]
    public async Task RunAsync_StateFolderIsAFile_OneLineNamingTheOptionExit2()
    {
        var notAFolder = Path.Combine(folder, "state");
        File.WriteAllText(notAFolder, "not a folder");

        var (exit, _, error) = await Run("skip", "list", "--state", notAFolder);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(2));
            Assert.That(error, Does.StartWith("Configuration error: the state folder").And.Contain("--state"));
            Assert.That(error.Trim().Split('\n'), Has.Length.EqualTo(1));
        });
    }

    internal static async Task<(int Exit, string Output, string Error)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });
        var exit = await CliApplication.RunAsync(args, console, error, CancellationToken.None);
        return (exit, output.ToString(), error.ToString());
    }
}
