using System.Text.Json;
using CollectionSite.Cli;
using CollectionSite.Tests.Fakes;

namespace CollectionSite.Tests.Cli;

/// <summary>With --log-format json every stderr line is a JSON object: usage errors, a command's own refusals and the
/// runner's messages alike, whichever command prints them.</summary>
public sealed class JsonStderrTests
{
    private string folder = string.Empty;

    [SetUp]
    public void SetUp() => folder = TestPaths.NewScratchFolder("json-stderr");

    [TearDown]
    public void TearDown() => Directory.Delete(folder, recursive: true);

    [TestCase("override set 1 --source artwork --file /nonexistent-collectionsite --demo", "does not exist")]
    [TestCase("override set 1 --source foo --id 5 --demo", "foo")]
    [TestCase("skip add abc", "abc")]
    [TestCase("match show abc --demo", "abc")]
    [TestCase("build --no-such-option", "--no-such-option")]
    public async Task Stderr_LogFormatJson_EveryLineIsJsonCarryingTheMessage(string command, string expected)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        string[] args = [.. command.Split(' '), "--state", Path.Combine(folder, "state"), "--config", Path.Combine(folder, "none.json"), "--log-format", "json"];

        var exit = await CliApplication.RunAsync(args, Consoles.ForStandardOutput(output, redirected: true), error, CancellationToken.None);

        var lines = error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.Not.Zero);
            Assert.That(lines, Is.Not.Empty);
            Assert.That(lines, Has.All.Matches<string>(IsJsonObject), error.ToString());
            Assert.That(string.Concat(lines.Where(IsJsonObject).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("@m").GetString())), Does.Contain(expected));
        });
    }

    private static bool IsJsonObject(string line)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            return document.RootElement.ValueKind == JsonValueKind.Object;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
