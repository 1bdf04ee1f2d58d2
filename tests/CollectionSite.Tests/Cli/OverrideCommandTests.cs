using CollectionSite.Storage;
using CollectionSite.Tests.Fakes;
using Microsoft.Data.Sqlite;

namespace CollectionSite.Tests.Cli;

/// <summary>`override set|clear|list` in process: what is stored, and one line with exit 2 for anything malformed.</summary>
public sealed class OverrideCommandTests
{
    private string folder = string.Empty;
    private string state = string.Empty;

    [SetUp]
    public void SetUp()
    {
        folder = TestPaths.NewScratchFolder("override-cli");
        state = Path.Combine(folder, "state");
    }

    [TearDown]
    public void TearDown()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Test]
    public async Task SetListClear_EverySource_RoundTrips()
    {
        var cover = Path.Combine(folder, "cover.jpg");
        await File.WriteAllBytesAsync(cover, [0xFF, 0xD8]);

        var results = new[]
        {
            await Run("override", "set", "249504", "--source", "apple", "--url", "https://music.apple.com/us/album/homogenic/1556240425"),
            await Run("override", "set", "249504", "--source", "spotify", "--none"),
            await Run("override", "set", "--artist", "45", "--source", "wikipedia", "--url", "https://en.wikipedia.org/wiki/Aphex_Twin"),
            await Run("override", "set", "--artist", "45", "--source", "artwork", "--file", cover),
            await Run("override", "set", "1", "--source", "apple", "--search", "Sigur Ros ( )"),
        };
        var (_, listed, _) = await Run("override", "list");
        var (cleared, clearOutput, _) = await Run("override", "clear", "249504", "--source", "spotify");
        var (_, after, _) = await Run("override", "list");

        Assert.Multiple(() =>
        {
            Assert.That(results.Select(r => r.Exit), Is.All.Zero, string.Join("\n", results.Select(r => r.Error)));
            Assert.That(results[0].Output, Does.StartWith("Apple Music override for release 249504: pin 1556240425."));
            Assert.That(listed, Does.Contain("release 249504").And.Contain("pin 1556240425").And.Contain("none").And.Contain("pin Aphex Twin"));
            Assert.That(listed, Does.Contain("artwork").And.Contain("search \"Sigur Ros ( )\"").And.Contain("5 override(s)."));
            Assert.That(cleared, Is.Zero);
            Assert.That(clearOutput, Does.Contain("removed; the next run decides it again"));
            Assert.That(after, Does.Contain("4 override(s).").And.Not.Contain("│ none"));
        });
    }

    [Test]
    public async Task SetAndClear_WhileARunHoldsTheState_RefusedWithOneLineNothingStored()
    {
        // A stage that read "no override" before the write would mark the item done without it.
        using (CollectionSite.Hosting.StateLock.Acquire(state, "test"))
        {
            var set = await Run("override", "set", "249504", "--source", "apple", "--none");
            var clear = await Run("override", "clear", "249504", "--source", "apple");

            Assert.Multiple(() =>
            {
                Assert.That((set.Exit, clear.Exit), Is.EqualTo((2, 2)));
                Assert.That(set.Error.Trim(), Does.StartWith("Another CollectionSite run is using the state folder").And.EndWith("then run override set again."));
                Assert.That(clear.Error.Trim(), Does.EndWith("then run override clear again."));
            });
        }

        var (_, listed, _) = await Run("override", "list");
        Assert.That(listed, Does.Not.Contain("249504"));
    }

    [Test]
    public async Task Set_RelativeArtworkFile_StoredAbsolute()
    {
        var cover = Path.Combine(folder, "cover.png");
        await File.WriteAllBytesAsync(cover, [0x89, 0x50]);
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, cover);

        var (exit, _, error) = await Run("override", "set", "7", "--source", "artwork", "--file", relative);
        var stored = await new OverrideRepository(new StateDatabase(state)).GetAsync(EnrichmentSources.Artwork, ItemKinds.Release, 7, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.Zero, error);
            Assert.That(stored?.Value, Is.EqualTo(cover));
        });
    }

    [TestCase(new[] { "249504", "--source", "wikipedia", "--none" }, "is matched per artist: use --artist ID")]
    [TestCase(new[] { "--artist", "45", "--source", "apple", "--none" }, "is matched per release")]
    [TestCase(new[] { "249504", "--artist", "45", "--source", "artwork", "--url", "https://example.org/a.jpg" }, "either a release id or --artist")]
    [TestCase(new[] { "--source", "apple", "--none" }, "either a release id or --artist")]
    [TestCase(new[] { "249504", "--source", "deezer", "--none" }, "--source must be one of apple, spotify, wikipedia, artwork, not 'deezer'")]
    [TestCase(new[] { "249504", "--none" }, "--source must be one of")]
    [TestCase(new[] { "249504", "--source", "apple", "--id", "abc" }, "'abc' is not an Apple Music album id or link")]
    [TestCase(new[] { "249504", "--source", "spotify", "--url", "https://open.spotify.com/track/3ocODqVnsjDjJ6eGn1LzTk" }, "is not a Spotify album id or link")]
    [TestCase(new[] { "--artist", "45", "--source", "wikipedia", "--url", "https://de.wikipedia.org/wiki/Aphex_Twin" }, "is not an English Wikipedia article")]
    [TestCase(new[] { "249504", "--source", "apple", "--id", "1", "--none" }, "takes exactly one of --id ID, --url URL, --none or --search TERM")]
    [TestCase(new[] { "249504", "--source", "apple" }, "takes exactly one of")]
    [TestCase(new[] { "249504", "--source", "apple", "--file", "/tmp/x.jpg" }, "takes exactly one of")]
    [TestCase(new[] { "249504", "--source", "artwork", "--none" }, "--source artwork takes exactly one of --file PATH or --url URL")]
    [TestCase(new[] { "249504", "--source", "artwork", "--file", "/no/such/cover.jpg" }, "The file '/no/such/cover.jpg' does not exist")]
    [TestCase(new[] { "249504", "--source", "artwork", "--url", "ftp://example.org/a.jpg" }, "is not an http(s) URL")]
    [TestCase(new[] { "0", "--source", "apple", "--none" }, "release-id must be a Discogs release id (a positive whole number), not '0'.")]
    public async Task Set_BadInput_OneLineExit2NothingStored(string[] arguments, string message)
    {
        var (exit, output, error) = await Run(["override", "set", .. arguments]);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(2));
            Assert.That(error.TrimEnd().Split('\n'), Has.Length.EqualTo(1), error);
            Assert.That(error, Does.Contain(message));
            Assert.That(output, Is.Empty);
            Assert.That(File.Exists(Path.Combine(state, StateDatabase.FileName)), Is.False, "nothing was opened");
        });
    }

    [Test]
    public async Task Clear_WithDemo_ActsOnTheDemoState()
    {
        await Run("override", "set", "990000101", "--source", "spotify", "--none", "--demo");

        var (_, own, _) = await Run("override", "list");
        var (_, demo, _) = await Run("override", "list", "--demo");
        var (exit, cleared, _) = await Run("override", "clear", "990000101", "--source", "spotify", "--demo");

        Assert.Multiple(() =>
        {
            Assert.That(own, Does.Contain("0 override(s)."));
            Assert.That(demo, Does.Contain("release 990000101").And.Contain("1 override(s)."));
            Assert.That(exit, Is.Zero);
            Assert.That(cleared, Does.Contain("removed"));
        });
    }

    private Task<(int Exit, string Output, string Error)> Run(params string[] args) => CliApplicationTests.Run([.. args, "--state", state]);
}
