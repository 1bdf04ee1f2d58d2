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
    /// Precisely, per distinct request (lane and target), answers over the whole killed sequence, against the
    /// uninterrupted run's count R: at most R for each killed run that answered it, plus R. A kill can land between an
    /// item's answer and its record (one-request items: a Discogs release, master or artist, an image download; the
    /// Discogs lanes run in parallel, so a kill triggered on one lane catches another's answer in flight), or between an
    /// enrichment item's requests (recorded together after the last; R can be 2: Apple Music and Spotify both ask
    /// Wikidata about the same master); each such kill costs that request once more, and only such kills can.
    /// The collection listing (read first by every run to see what changed) and the Spotify token (minted per process,
    /// never stored) are per run by design: at most R per run.
    /// Recorded work itself is checked after every kill by the caller (done items never go back).
    /// </summary>
    public static void NoRecordedRequestRepeated(IReadOnlyList<AllSourcesRequest> reference, IReadOnlyList<AllSourcesRequest> killed, int lastRun, string story)
    {
        var perRun = new HashSet<string>(StringComparer.Ordinal) { Lane.Listing, Lane.SpotifyToken };
        var expected = reference.GroupBy(r => (r.Lane, r.Target)).ToDictionary(g => g.Key, g => g.Count());
        var runs = killed.Select(r => r.Run).Distinct().Count();
        int Allowed(string lane, int r, IEnumerable<AllSourcesRequest> answers) =>
            perRun.Contains(lane) ? r * runs : r * (1 + answers.Where(a => a.Run != lastRun).Select(a => a.Run).Distinct().Count());
        var over = killed.GroupBy(r => (r.Lane, r.Target))
            .Select(g => (g.Key, Count: g.Count(), Allowed: Allowed(g.Key.Lane, expected.GetValueOrDefault(g.Key), g), Runs: string.Join(",", g.Select(r => r.Run))))
            .Where(t => t.Count > t.Allowed)
            .Select(t => $"{t.Key.Lane} {t.Key.Target}: {t.Count} answers (runs {t.Runs}), at most {t.Allowed}")
            .ToList();
        Assert.That(over, Is.Empty, "requests repeated beyond the promise\n" + story);
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
