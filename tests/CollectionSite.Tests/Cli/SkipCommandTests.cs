using CollectionSite.Cli;
using CollectionSite.Tests.Fakes;

namespace CollectionSite.Tests.Cli;

/// <summary>`skip add` on a release already skipped keeps its reason unless a new one is given, and says which.</summary>
public sealed class SkipCommandTests
{
    private string folder = string.Empty;

    [SetUp]
    public void SetUp() => folder = TestPaths.NewScratchFolder("skip-command");

    [TearDown]
    public void TearDown()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Test]
    public async Task Add_AlreadySkipped_KeepsTheReasonWithoutOneAndUpdatesItWithOne()
    {
        await RunAsync("skip", "add", "249504", "--reason", "not mine");
        var again = await RunAsync("skip", "add", "249504");
        var listed = await RunAsync("skip", "list");
        var changed = await RunAsync("skip", "add", "249504", "--reason", "sold");
        var relisted = await RunAsync("skip", "list");

        Assert.Multiple(() =>
        {
            Assert.That(again, Does.Contain("Release 249504 is already skipped (reason: not mine)."));
            Assert.That(listed, Does.Contain("249504\t").And.Contain("\tnot mine"));
            Assert.That(changed, Does.Contain("Release 249504 was already skipped; its reason is now: sold."));
            Assert.That(relisted, Does.Contain("\tsold").And.Not.Contain("not mine"));
        });
    }

    private async Task<string> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CliApplication.RunAsync([.. args, "--demo", "--state", Path.Combine(folder, "state")], Consoles.ForStandardOutput(output, redirected: true), error, CancellationToken.None);
        Assert.That(exit, Is.Zero, error.ToString());
        return output.ToString();
    }
}
