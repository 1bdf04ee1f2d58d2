using CollectionSite.Storage;
using CollectionSite.Tests.Fakes;
using CollectionSite.Tests.Fakes.AllSources;

namespace CollectionSite.Tests.Reliability;

/// <summary>What a killed-and-resumed build must end with, compared with an uninterrupted one.</summary>
internal static class KillAndResumeChecks
{
    /// <summary>
    /// Columns that differ between two runs by nature, each with why; every other column of every table is compared.
    /// </summary>
    public static IReadOnlySet<string> Excluded { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "runs.*", // one row per run: the killed sequence made 21, the reference 1 (the last run's outcome is compared instead)
        "meta.value", // discogs.last_full_listing (a time) and render.last_duration_seconds (a duration); the keys are compared
        "collection_items.first_seen_utc",
        "releases.fetched_utc",
        "masters.fetched_utc",
        "artists.fetched_utc",
        "stage_progress.updated_utc",
        "discogs_ids.recorded_utc",
        "enrichment_matches.decided_utc",
        "artwork_originals.stored_utc",
        "artwork_downloads.fetched_utc",
        "artwork_items.updated_utc",
        "render_pages.lastmod_utc", // when the page's content last changed: the wall clock of the run that rendered it
        "render_files.content_hash", // of pages holding that lastmod; checked against the files' bytes instead
    };

    public static void SameOutcome(KillAndResumeBuilds reference, KillAndResumeBuilds killed, string story)
    {
        var database = Path.Combine(killed.State, StateDatabase.FileName);
        var referenceDatabase = Path.Combine(reference.State, StateDatabase.FileName);
        var columns = DatabaseSnapshot.Columns(referenceDatabase);
        Assert.That(Excluded.Where(name => !name.EndsWith(".*", StringComparison.Ordinal)), Is.SubsetOf(columns), "an excluded column no longer exists");

        var expectedRows = DatabaseSnapshot.Read(referenceDatabase, Excluded);
        var actualRows = DatabaseSnapshot.Read(database, Excluded);
        var actualSite = KillAndResumeTrees.Read(killed.Site);
        var expectedPages = KillAndResumeTrees.WithoutClock(KillAndResumeTrees.Read(reference.Site));
        var actualPages = KillAndResumeTrees.WithoutClock(actualSite);
        var expectedArtwork = KillAndResumeTrees.Read(reference.Artwork);
        var actualArtwork = KillAndResumeTrees.Read(killed.Artwork);
        Assert.Multiple(() =>
        {
            Assert.That(StateSnapshot.IntegrityCheck(database), Is.EqualTo("ok"));
            Assert.That(KillAndResumeTrees.Temporaries(actualSite.Keys), Is.Empty, "temporaries left in the site\n" + story);
            Assert.That(KillAndResumeTrees.Temporaries(actualArtwork.Keys), Is.Empty, "temporaries left in the artwork cache\n" + story);
            Assert.That(KillAndResumeTrees.FirstDifference(expectedPages, actualPages), Is.Null, "site (lastmod values and the manifest's hashes aside)\n" + story);
            Assert.That(KillAndResumeTrees.UnfaithfulHashes(actualSite, KillAndResumeTrees.ManifestHashes(actualSite)), Is.Empty, "manifest entries not matching the files\n" + story);
            Assert.That(KillAndResumeTrees.UnfaithfulHashes(actualSite, RenderFileHashes(database)), Is.Empty, "render_files rows not matching the files\n" + story);
            Assert.That(KillAndResumeTrees.FirstDifference(expectedArtwork, actualArtwork), Is.Null, "artwork cache\n" + story);
            Assert.That(FirstDifference(expectedRows, actualRows), Is.Null, "database\n" + story);
            Assert.That(LastOutcome(database), Is.EqualTo(LastOutcome(referenceDatabase)), "the last run's outcome");
        });
    }

    /// <summary>
    /// The promise about requests: what a run recorded is not asked again; only work in flight at a kill is redone.
    /// <paramref name="afterKill"/>[k] is what was recorded done when run k+1 started ([0] empty, then one per kill);
    /// the last run is number afterKill.Count.
    /// 1. Precise, for requests <paramref name="map"/> ties to items (Discogs releases, masters, artists; downloads of the
    ///    stored images): none may be answered in a run whose start already had its item done.
    /// 2. Enrichment lanes (searches, not tied to one item): a lane is silent in any run that started with every item of
    ///    the stages asking it done (Wikidata serves all three matchers).
    /// 3. Everything not tied to items (enrichment, images of no stored item): per distinct request, answers over the
    ///    killed sequence at most R (the uninterrupted run's count) per killed run that answered it, plus R. This only
    ///    proves no run asked more often than an uninterrupted run does; it cannot see a killed run redo a search whose
    ///    item an earlier run recorded (2. sees it once the whole stage is done; the database comparison sees any
    ///    recorded result lost). The listing (read by every run to see what changed) and the Spotify token (minted per
    ///    process, never stored) are per run by design: at most R per run.
    /// </summary>
    public static void NoRecordedRequestRepeated(
        IReadOnlyList<AllSourcesRequest> reference, IReadOnlyList<AllSourcesRequest> killed, IReadOnlyList<IReadOnlySet<string>> afterKill,
        KillAndResumeRequests map, IReadOnlySet<string> referenceDone, string story)
    {
        var tied = new[] { Lane.Releases, Lane.Masters, Lane.Artists };
        var covered = map.Covered(reference);
        Assert.That(tied.Select(lane => covered.GetValueOrDefault(lane)), Is.EqualTo(tied.Select(lane => reference.Count(r => r.Lane == lane))), "every Discogs record request maps to its item");
        Assert.That(covered.Keys.Except(tied), Is.Not.Empty, "some image downloads map to their items");

        var repeated = killed.Where(r => map.Recorded(r, afterKill[r.Run - 1]) == true)
            .Select(r => $"{r.Lane} {r.Target}: answered in run {r.Run}, its item recorded by an earlier run").ToList();

        var stagesOf = new Dictionary<string, string[]>(StringComparer.Ordinal)
        {
            [Lane.Apple] = ["apple.release"],
            [Lane.Spotify] = ["spotify.release"],
            [Lane.Wikipedia] = ["wikipedia.artist"],
            [Lane.Wikidata] = ["apple.release", "spotify.release", "wikipedia.artist"],
        };
        bool Finished(string lane, int run) =>
            referenceDone.Where(item => stagesOf[lane].Any(stage => item.StartsWith(stage + "/", StringComparison.Ordinal))).All(afterKill[run - 1].Contains);
        var afterFinish = killed.Where(r => stagesOf.ContainsKey(r.Lane) && Finished(r.Lane, r.Run))
            .Select(r => $"{r.Lane} {r.Target}: answered in run {r.Run}, which started with its stage(s) done").ToList();

        var perRun = new HashSet<string>(StringComparer.Ordinal) { Lane.Listing, Lane.SpotifyToken };
        var expected = reference.GroupBy(r => (r.Lane, r.Target)).ToDictionary(g => g.Key, g => g.Count());
        var lastRun = afterKill.Count;
        int Allowed(string lane, int r, IEnumerable<AllSourcesRequest> answers) =>
            perRun.Contains(lane) ? r * lastRun : r * (1 + answers.Where(a => a.Run != lastRun).Select(a => a.Run).Distinct().Count());
        var over = killed.Where(r => map.Recorded(r, afterKill[0]) is null).GroupBy(r => (r.Lane, r.Target))
            .Select(g => (g.Key, Count: g.Count(), Allowed: Allowed(g.Key.Lane, expected.GetValueOrDefault(g.Key), g), Runs: string.Join(",", g.Select(r => r.Run))))
            .Where(t => t.Count > t.Allowed)
            .Select(t => $"{t.Key.Lane} {t.Key.Target}: {t.Count} answers (runs {t.Runs}), at most {t.Allowed}")
            .ToList();
        Assert.Multiple(() =>
        {
            Assert.That(repeated, Is.Empty, "recorded requests asked again\n" + story);
            Assert.That(afterFinish, Is.Empty, "enrichment asked after its stage finished\n" + story);
            Assert.That(over, Is.Empty, "requests repeated beyond the bound\n" + story);
        });
    }

    /// <summary>The items every stage recorded as done ("stage/kind/id"): what a later kill must never take back.</summary>
    public static IReadOnlySet<string> DoneItems(string database)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT stage || '/' || item_kind || '/' || item_id FROM stage_progress WHERE status = 'done'";
        using var reader = command.ExecuteReader();
        var done = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read())
        {
            done.Add(reader.GetString(0));
        }

        return done;
    }

    private static Dictionary<string, string> RenderFileHashes(string database)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT path, content_hash FROM render_files";
        using var reader = command.ExecuteReader();
        var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.Read())
        {
            hashes[reader.GetString(0)] = reader.GetString(1);
        }

        return hashes;
    }

    private static string? FirstDifference(IReadOnlyList<string> expected, IReadOnlyList<string> actual)
    {
        var missing = expected.Except(actual).ToList();
        var extra = actual.Except(expected).ToList();
        return missing.Count + extra.Count == 0 ? null
            : $"{missing.Count} row(s) missing, {extra.Count} unexpected; first missing: {missing.FirstOrDefault() ?? "none"}; first unexpected: {extra.FirstOrDefault() ?? "none"}";
    }

    private static string LastOutcome(string database)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT command || ' ' || outcome FROM runs ORDER BY run_id DESC LIMIT 1";
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) ?? "no run";
    }
}
