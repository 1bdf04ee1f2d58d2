using CollectionSite.Tests.Fakes;

namespace CollectionSite.Tests.Cli;

/// <summary>
/// `build` checks the page templates at start-up: a broken one is reported in one line with its file and
/// position, exit 2, before the state folder is touched or Discogs is asked anything.
/// </summary>
[NonParallelizable]
public sealed class TemplateStartupCheckTests
{
    private string folder = string.Empty;
    private string templates = string.Empty;

    [SetUp]
    public void SetUp()
    {
        folder = TestPaths.NewScratchFolder("cli-templates");
        templates = Path.Combine(folder, "templates");
        Directory.CreateDirectory(templates);
    }

    [TearDown]
    public void TearDown() => Directory.Delete(folder, recursive: true);

    [TestCase("album.md.sbn", "# {{ md title }}\n{{ for track in tracks }}\n- {{ md track.title }}", 3, 21, "The <end> statement was not found", TestName = "RunAsync_BuildWithUnclosedBlock_OneLineExit2BeforeAnyRequest")]
    [TestCase("artist.md.sbn", "{{ md name }}\n\n{{ shout name }}", 3, 4, "The variable or function `shout` was not found", TestName = "RunAsync_BuildWithUnknownFunction_OneLineExit2BeforeAnyRequest")]
    [TestCase("album.md.sbn", "{{ md title }}\n  {{ while true }}again{{ end }}", 2, 6, "Exceeding number of iteration limit", TestName = "RunAsync_BuildWithRunawayLoop_OneLineExit2BeforeAnyRequest")]
    public async Task RunAsync_BuildWithBrokenTemplate_OneLineExit2BeforeAnyRequest(string name, string source, int line, int column, string problem)
    {
        var path = Path.Combine(templates, name);
        File.WriteAllText(path, source);
        await using var discogs = await FakeDiscogsServer.StartAsync();

        var (exit, output, error) = await Build(discogs);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(2));
            Assert.That(error, Does.StartWith($"Template {path}, line {line}, column {column}: ").And.Contain(problem));
            Assert.That(error.TrimEnd().Split('\n'), Has.Length.EqualTo(1), "one line, no stack trace");
            Assert.That(error, Does.Not.Contain("   at "));
            Assert.That(output, Is.Empty);
            Assert.That(discogs.Log.Total, Is.Zero, "no remote request");
            Assert.That(Directory.Exists(Path.Combine(folder, "state")), Is.False, "the state folder was not touched");
        });
    }

    [Test]
    public async Task RunAsync_BuildWithOldHandlebarsTemplate_OneLineSayingHowToMoveExit2()
    {
        File.WriteAllText(Path.Combine(templates, "album.md.hbs"), "{{#if Cover}}![cover]({{Cover}}){{/if}}\n");
        await using var discogs = await FakeDiscogsServer.StartAsync();

        var (exit, _, error) = await Build(discogs);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(2));
            Assert.That(error, Does.Contain("Handlebars templates are no longer read").And.Contain("album.md.sbn"));
            Assert.That(error.TrimEnd().Split('\n'), Has.Length.EqualTo(1));
            Assert.That(discogs.Log.Total, Is.Zero);
        });
    }

    private Task<(int Exit, string Output, string Error)> Build(FakeDiscogsServer discogs)
    {
        var settings = Path.Combine(folder, "settings.json");
        var secrets = Path.Combine(folder, "secrets.json");
        File.WriteAllText(settings, $$"""{ "Discogs": { "Username": "example", "BaseUrl": "{{discogs.BaseUrl}}" } }""");
        File.WriteAllText(secrets, $$"""{ "Discogs": { "Token": "{{FakeDiscogsOptions.DefaultToken}}" } }""");
        return CliApplicationTests.Run(
            "build", "--config", settings, "--secrets", secrets, "--templates", templates,
            "--state", Path.Combine(folder, "state"), "--output", Path.Combine(folder, "site"));
    }
}
