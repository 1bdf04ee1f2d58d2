using CollectionSite.Hosting;
using CollectionSite.Pipeline;
using CollectionSite.Stages.Enrichment;
using CollectionSite.Storage;

namespace CollectionSite.Tests.Stages.Enrichment;

/// <summary>The three enrichment stages in a real `build` over in-memory sources: what they store, and when they ask again.</summary>
public sealed class EnrichmentStageTests
{
    private EnrichmentWorld world = null!;

    [SetUp]
    public void SetUp() => world = new EnrichmentWorld("enrichment");

    [TearDown]
    public void TearDown() => world.Dispose();

    [Test]
    public async Task Build_BarcodeOnBothStores_MatchedByBarcodeWithRawJsonAndRendered()
    {
        var summary = await world.BuildAsync();

        var apple = await world.AppleMatches.GetAsync(EnrichmentWorld.Release, CancellationToken.None);
        var spotify = await world.SpotifyMatches.GetAsync(EnrichmentWorld.Release, CancellationToken.None);
        var page = world.AlbumPage(EnrichmentWorld.Release);
        Assert.Multiple(() =>
        {
            Assert.That(summary.ExitCode, Is.EqualTo(ExitCode.Success));
            Assert.That((apple!.State, apple.Method, apple.Confidence), Is.EqualTo((MatchState.Matched, "barcode", 1.0)));
            Assert.That(apple.Match!.Id, Is.EqualTo("1001"));
            Assert.That(apple.Match.RawJson, Is.EqualTo("{\"id\":\"1001\"}"), "the raw answer is kept for audit");
            Assert.That((spotify!.State, spotify.Method, spotify.Match!.Id), Is.EqualTo((MatchState.Matched, "barcode", "5CCjGmIH483h4J9UvME0eR")));
            Assert.That(world.Apple.Calls, Does.Contain("upc:074643345323"));
            Assert.That(page, Does.Contain("apple_music_id: \"1001\"\napple_music_url: \"https://music.apple.com/us/album/1001\"\napple_music_match:\n  method: \"barcode\"\n  confidence: 1\n"));
            Assert.That(page, Does.Contain("spotify_id: \"5CCjGmIH483h4J9UvME0eR\"").And.Contain("editorial_notes: \"Short.\""));
            Assert.That(page, Does.Contain("{{< applemusic url=\"https://music.apple.com/us/album/1001\" >}}").And.Contain("{{< spotify id=\"5CCjGmIH483h4J9UvME0eR\" >}}"));
        });
    }

    [Test]
    public async Task Build_ColdReissueWithoutBarcode_ScoredAgainstItsMastersOriginalYear()
    {
        // A 2020 reissue of a 1999 album: only the master's year makes the store's 1999 album a match. The master's
        // request waits until Apple Music has been asked about the reissue, or until 2 s have passed: a stage that
        // looked the reissue up before its master was stored would be caught here.
        world.Discogs.Releases[EnrichmentWorld.OtherRelease] = world.Discogs.Releases[EnrichmentWorld.OtherRelease] with { MasterId = 77, Year = 2020, Identifiers = [] };
        world.Discogs.Masters[77] = CollectionSite.Tests.Fakes.InMemoryDiscogsApi.SampleMaster(77) with { Year = 1999 };
        world.Apple.Add(EnrichmentWorld.AppleAlbum("2001", "Album 200", "Artist 200", null));
        var askedBeforeMaster = false;
        world.Discogs.OnCall = call =>
        {
            if (call == "master:77")
            {
                askedBeforeMaster = SpinWait.SpinUntil(() => world.Apple.Calls.ToArray().Any(c => c?.Contains("Album 200", StringComparison.Ordinal) == true), TimeSpan.FromSeconds(2));
            }
        };

        await world.BuildAsync();

        var apple = await world.AppleMatches.GetAsync(EnrichmentWorld.OtherRelease, CancellationToken.None);
        Assert.Multiple(() =>
        {
            Assert.That(askedBeforeMaster, Is.False, "Apple Music was asked before the master was stored");
            Assert.That((apple!.State, apple.Method, apple.Match?.Id), Is.EqualTo((MatchState.Matched, "search", "2001")));
        });
    }

    [Test]
    public async Task Build_NothingCloseInTheCatalog_NoMatchWithScoredCandidatesAndNoKeys()
    {
        world.Apple.Albums.Clear();
        world.Apple.Add(EnrichmentWorld.AppleAlbum("9", "Completely Different Record", "Somebody Else", null));

        await world.BuildAsync();

        var apple = await world.AppleMatches.GetAsync(EnrichmentWorld.Release, CancellationToken.None);
        Assert.Multiple(() =>
        {
            Assert.That(apple!.State, Is.EqualTo(MatchState.NoMatch));
            Assert.That(apple.Match, Is.Null);
            Assert.That(apple.Method, Is.Null);
            Assert.That(apple.Candidates.Select(c => c.Id), Does.Contain("9"));
            Assert.That(apple.Candidates.Single(c => c.Id == "9").Score, Is.LessThan(0.85));
            Assert.That(world.AlbumPage(EnrichmentWorld.Release), Does.Not.Contain("apple_music"), "no match, no keys");
        });
    }

    [Test]
    public async Task Build_ArtistWithWikipediaLink_MatchedByLinkAndBioWithAttribution()
    {
        await world.BuildAsync();

        var wikipedia = await world.WikipediaMatches.GetAsync(EnrichmentWorld.Artist, CancellationToken.None);
        var artistPage = File.ReadAllText(Directory.GetFiles(Path.Combine(world.Harness.Settings.Paths.Output, "content", "artists"), "_index.md", SearchOption.AllDirectories)
            .Single(f => File.ReadAllText(f).Contains("discogs_id: \"1000\"", StringComparison.Ordinal)));
        Assert.Multiple(() =>
        {
            Assert.That((wikipedia!.State, wikipedia.Method, wikipedia.Match!.Title), Is.EqualTo((MatchState.Matched, "link", "Artist 100 (band)")));
            Assert.That(artistPage, Does.Contain("wikipedia_url: \"https://en.wikipedia.org/wiki/Artist_100_(band)\""));
            Assert.That(artistPage, Does.Contain("Artist 100 (band) is an english rock band."));
            Assert.That(artistPage, Does.Contain("[CC BY-SA 4.0](https://creativecommons.org/licenses/by-sa/4.0/)").And.Contain("action=history"));
        });
    }

    [Test]
    public async Task Build_SecondRunWithoutRefresh_AsksNoSourceAgain()
    {
        await world.BuildAsync();
        var calls = (world.Apple.Calls.Count, world.Spotify.Calls.Count, world.Wikipedia.Calls.Count);

        await world.BuildAsync();

        Assert.That((world.Apple.Calls.Count, world.Spotify.Calls.Count, world.Wikipedia.Calls.Count), Is.EqualTo(calls));
    }

    [Test]
    public async Task Build_RefreshApple_RematchesAppleOnlyAndTakesTheNewAnswer()
    {
        await world.BuildAsync();
        world.Apple.Albums.Clear();
        world.Apple.Add(EnrichmentWorld.AppleAlbum("2002", "Album 100", "Artist 100", "074643345323"));
        var spotifyCalls = world.Spotify.Calls.Count;

        await world.BuildAsync(new RunOptions(Refresh: new HashSet<DataSource> { DataSource.AppleMusic }));

        var apple = await world.AppleMatches.GetAsync(EnrichmentWorld.Release, CancellationToken.None);
        Assert.Multiple(() =>
        {
            Assert.That(apple!.Match!.Id, Is.EqualTo("2002"));
            Assert.That(world.Spotify.Calls, Has.Count.EqualTo(spotifyCalls), "Spotify is not refreshed");
        });
    }

    [Test]
    public void PipelineDefinitions_RecordsAndSources_EachInALaneOfItsOwnBeforeTheSiteAndRetryable()
    {
        var build = PipelineDefinitions.Build.ToList();
        var concurrent = build.Single(step => step.Lanes.Count > 1);
        var renderAt = build.FindIndex(step => step.Stages.Contains(typeof(CollectionSite.Stages.Site.RenderSite)));

        Assert.Multiple(() =>
        {
            Assert.That(concurrent.Lanes, Is.EqualTo(new[]
            {
                new[] { typeof(CollectionSite.Stages.Discogs.FetchReleaseDetails) }, new[] { typeof(CollectionSite.Stages.Discogs.FetchMasters) },
                new[] { typeof(CollectionSite.Stages.Discogs.FetchArtists) }, new[] { typeof(AppleMusicReleaseStage) },
                new[] { typeof(SpotifyReleaseStage) }, new[] { typeof(WikipediaArtistStage) },
            }), "each Discogs record stage and each source in a lane of its own, following the stage it needs");
            Assert.That(build.IndexOf(concurrent), Is.LessThan(renderAt));
            Assert.That(PipelineDefinitions.ItemStageKeys, Is.SupersetOf(new[] { "apple.release", "spotify.release", "wikipedia.artist" }));
        });
    }
}
