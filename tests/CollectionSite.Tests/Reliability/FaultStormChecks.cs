using System.Text;
using CollectionSite.Pipeline;
using CollectionSite.Storage;
using CollectionSite.Tests.Fakes;
using Microsoft.Data.Sqlite;

namespace CollectionSite.Tests.Reliability;

/// <summary>What the state and site hold after one run: item rows by stage, stored data keys, page files.</summary>
public sealed record StormState(
    IReadOnlyDictionary<(string Stage, long Id), (string Status, int Attempts, string? Error)> Progress,
    IReadOnlySet<string> DataKeys,
    IReadOnlySet<string> Pages);

/// <summary>The storm test's assertions, one method per promise (call them inside Assert.Multiple).</summary>
public static class FaultStormChecks
{
    public static Task<StormState> ReadAsync(FaultStormWorld world)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(world.StatePath, StateDatabase.FileName), Mode = SqliteOpenMode.ReadOnly, Pooling = false,
        }.ToString());
        connection.Open();
        var progress = FaultStormSnapshot.Query(connection, "SELECT stage, item_id, status, attempts, last_error FROM stage_progress")
            .ToDictionary(r => (r[0], long.Parse(r[1], System.Globalization.CultureInfo.InvariantCulture)), r => (r[2], int.Parse(r[3], System.Globalization.CultureInfo.InvariantCulture), r[4] == "∅" ? null : r[4]));
        var keys = FaultStormSnapshot.Query(connection, """
            SELECT 'discogs.release|' || release_id FROM releases
            UNION ALL SELECT 'discogs.artists|' || artist_id FROM artists WHERE status = 'ok'
            UNION ALL SELECT 'master|' || master_id FROM masters
            UNION ALL SELECT source || '.' || item_kind || '|' || item_id FROM enrichment_matches
            UNION ALL SELECT 'artwork.' || CASE item_kind WHEN 'release' THEN 'cover' ELSE 'artist' END || '|' || item_id FROM artwork_items
            """).Select(r => r[0]).ToHashSet();
        var pages = Directory.GetFiles(Path.Combine(world.SitePath, "content"), "*.md", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(world.SitePath, f)).ToHashSet();
        return Task.FromResult(new StormState(progress, keys, pages));
    }

    /// <summary>Writes the run's outcome, stages, requests and failures to the test output (what to read when a check fails).</summary>
    public static void Describe(string name, RunSummary summary)
    {
        var text = new StringBuilder($"== {name}: {summary.Outcome}, exit {summary.ExitCode}: {summary.Message}\n");
        foreach (var stage in summary.Stages)
        {
            text.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"  {stage.Stage}: {stage.Processed} processed, {stage.Failed} failed, {stage.NoMatch} no match. {stage.Note} {stage.Stopped?.Reason}");
        }

        text.AppendLine("  requests: " + string.Join(", ", summary.Requests.Select(r => $"{r.Api} {r.Sent}")));
        foreach (var failure in summary.OpenFailures.Concat(summary.DeadLetters))
        {
            text.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"  {failure.Status} {failure.Stage} {failure.ItemId} x{failure.Attempts}: {failure.LastError}");
        }

        TestContext.Out.WriteLine(text.ToString());
    }

    public static void Ended(RunSummary first, RunSummary second, RunSummary clean)
    {
        foreach (var (summary, name) in new[] { (first, "first storm run"), (second, "second storm run") })
        {
            Assert.That(summary.ExitCode, Is.AnyOf(ExitCode.Success, ExitCode.ItemFailures), $"{name}: {summary.Message}");
            Assert.That(summary.Outcome, Is.EqualTo(RunOutcome.CompletedWithFailures), $"{name}: {summary.Message}");
            Assert.That(summary.Stages.Select(s => s.Stage), Does.Contain("Render pages"), $"{name} rendered the site");
        }

        Assert.That((clean.ExitCode, clean.Outcome), Is.EqualTo((ExitCode.Success, RunOutcome.Completed)), clean.Message);
    }

    public static void EveryFaultFired(IReadOnlyList<FakeDiscogsFaultRule> discogs, IReadOnlyList<string> unserved)
    {
        Assert.That(discogs.Where(r => r.Fired == 0).Select(r => $"{r.Fault.Name} on {r.PathPrefix}"), Is.Empty, "Discogs faults that never fired");
        Assert.That(unserved, Is.Empty, "stub faults not served in full");
    }

    /// <summary>Each persistent fault's item is recorded failed with its error after the first run, and dead-lettered after the second
    /// (Retry:MaxAttempts = 2) unless its stage could not reach it then; the first run's failures are exactly those items
    /// and <see cref="FaultStormScript.FailFirstRunOnly"/>'s (every other fault healed within the run and left no trace).</summary>
    public static void FailuresRecorded(FaultStormWorld world, RunSummary first, RunSummary second, StormState afterFirst, StormState afterSecond)
    {
        var expected = FaultStormScript.Persistent(world).Concat(FaultStormScript.FailFirstRunOnly(world))
            .SelectMany(p => p.Value.Select(id => $"{p.Key} {id} (failed)")).Order(StringComparer.Ordinal).ToList();
        var failedFirst = afterFirst.Progress.Where(p => p.Value.Status is not ("done" or "not_found"))
            .Select(p => $"{p.Key.Stage} {p.Key.Id} ({p.Value.Status})").Order(StringComparer.Ordinal).ToList();
        Assert.That(failedFirst, Is.EqualTo(expected), "items not done after the first storm run: exactly the persistent faults' (every other fault healed within the run)");
        foreach (var (stage, ids) in FaultStormScript.Persistent(world))
        {
            foreach (var id in ids)
            {
                var row = afterFirst.Progress.GetValueOrDefault((stage, id));
                Assert.That(row.Status, Is.EqualTo("failed"), $"{stage} {id} after the first run");
                Assert.That((row.Attempts, string.IsNullOrWhiteSpace(row.Error)), Is.EqualTo((1, false)), $"{stage} {id}: attempts and error");
            }
        }

        foreach (var ((stage, id), row) in afterSecond.Progress.Where(p => p.Value.Status is "failed" or "dead_letter"))
        {
            Assert.That(row.Status == "dead_letter" ? row.Attempts == 2 : row.Attempts == 1, $"{stage} {id}: {row.Status} after {row.Attempts} runs");
            Assert.That(row.Error, Is.Not.Null.And.Not.Empty, $"{stage} {id} says why");
        }

        Assert.That(first.OpenFailures.Count + first.DeadLetters.Count, Is.EqualTo(afterFirst.Progress.Count(p => p.Value.Status is "failed" or "dead_letter")));
        Assert.That(second.DeadLetters, Is.Not.Empty, "persistent failures are dead-lettered after Retry:MaxAttempts runs");
        foreach (var state in new[] { afterFirst, afterSecond })
        {
            foreach (var ((stage, id), _) in state.Progress.Where(p => p.Value.Status == "done" && p.Key.Stage is "discogs.release" or "discogs.artists" or "apple.release" or "spotify.release" or "wikipedia.artist"))
            {
                Assert.That(state.DataKeys, Does.Contain($"{stage}|{id}"), $"{stage} {id} is done, so its data is stored");
            }
        }
    }

    /// <summary>What the first run finished is still there after the second: rows done, data stored, pages present.</summary>
    public static void NothingLost(StormState afterFirst, StormState afterSecond)
    {
        var doneBefore = afterFirst.Progress.Where(p => p.Value.Status == "done").Select(p => p.Key).ToList();
        Assert.That(doneBefore.Where(k => afterSecond.Progress.GetValueOrDefault(k).Status != "done"), Is.Empty, "items done in the first run stay done");
        Assert.That(afterFirst.DataKeys.Except(afterSecond.DataKeys), Is.Empty, "stored data kept");
        Assert.That(afterFirst.Pages.Except(afterSecond.Pages), Is.Empty, "no page removed because a source failed");
        Assert.That(afterFirst.Pages.Count(p => p.Contains("albums", StringComparison.Ordinal)), Is.GreaterThanOrEqualTo(FaultStormData.Releases), "every album has its page in the storm");
    }

    /// <summary>The storm's requests per API stay within the retry budget: at most (1 + MaxRetries) attempts per request an undisturbed run sends, per run.</summary>
    public static void Bounded(IReadOnlyList<ApiRequests> storm, IReadOnlyList<ApiRequests> undisturbed)
    {
        var normal = undisturbed.ToDictionary(r => r.Api, r => r.Sent);
        foreach (var api in storm.GroupBy(r => r.Api))
        {
            var sent = api.Sum(r => r.Sent);
            Assert.That(sent, Is.LessThanOrEqualTo(2 * 6 * Math.Max(1, normal.GetValueOrDefault(api.Key))), $"{api.Key}: requests in two storm runs");
        }
    }

    /// <summary>No credential, and no token minted at run time, in the logs, the summaries, the state database or the site.</summary>
    public static void NoSecret(FaultStormWorld world, IReadOnlyList<RunSummary> summaries)
    {
        var settings = world.Settings;
        var secrets = new List<string> { settings.Discogs.Token!, FaultStormWorld.SpotifySecret, Convert.ToBase64String(Encoding.UTF8.GetBytes($"{settings.Spotify.ClientId}:{FaultStormWorld.SpotifySecret}")) };
        secrets.AddRange(settings.AppleMusic.PrivateKey!.Split('\n').Where(l => l.Length > 20 && !l.StartsWith("-----", StringComparison.Ordinal)));
        secrets.AddRange(world.Hosts.BearerTokens);
        Assert.That(world.Hosts.BearerTokens.Count, Is.GreaterThanOrEqualTo(3), "Apple's developer token and Spotify's tokens were seen");
        var texts = new Dictionary<string, string>
        {
            ["logs"] = world.Logs,
            ["summaries"] = string.Join('\n', summaries.SelectMany(s => new[] { s.Message }
                .Concat(s.Stages.Select(r => $"{r.Note} {r.Stopped?.Reason}"))
                .Concat(s.OpenFailures.Concat(s.DeadLetters).Select(f => f.LastError)))),
            ["database"] = string.Join('\n', FaultStormSnapshot.Database(Path.Combine(world.StatePath, StateDatabase.FileName))),
            ["site"] = string.Join('\n', Directory.GetFiles(world.SitePath, "*.*", SearchOption.AllDirectories).Where(f => f.EndsWith(".md", StringComparison.Ordinal) || f.EndsWith(".json", StringComparison.Ordinal) || f.EndsWith(".toml", StringComparison.Ordinal)).Select(File.ReadAllText)),
        };
        Assert.That(world.Logs, Does.Contain("429").Or.Contain("retry"), "the storm was logged");
        foreach (var (where, text) in texts)
        {
            Assert.That(secrets.Where(s => text.Contains(s, StringComparison.Ordinal)).Select(s => s[..Math.Min(12, s.Length)] + "…"), Is.Empty, $"secrets in the {where}");
        }
    }

    /// <summary>A hostile body leaves no file behind: no temp file, and no original but the one real JPEG every good URL serves.</summary>
    public static void NoHostileFile(FaultStormWorld world)
    {
        var artwork = new CollectionSite.Artwork.ArtworkPaths(world.StatePath);
        var good = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(FaultStormHosts.Jpeg));
        Assert.That(Directory.Exists(artwork.Temp) ? Directory.GetFiles(artwork.Temp) : [], Is.Empty, "temp files left in the artwork folder");
        Assert.That(Directory.GetFiles(artwork.Originals, "*", SearchOption.AllDirectories).Select(Path.GetFileNameWithoutExtension), Is.EqualTo(new[] { good }), "originals kept");
    }

    public static void SameState(IReadOnlyList<string> state, IReadOnlyList<string> undisturbed)
    {
        static string Short(string row) => row.Length <= 240 ? row : row[..240] + "…";
        Assert.That(undisturbed.Except(state).Select(Short), Is.Empty, "rows of an undisturbed run's state missing after the clean run");
        Assert.That(state.Except(undisturbed).Select(Short), Is.Empty, "rows after the clean run that an undisturbed run does not have");
    }

    public static void SameSite(IReadOnlyDictionary<string, byte[]> site, IReadOnlyDictionary<string, byte[]> undisturbed)
    {
        Assert.That(site.Keys.Order(), Is.EqualTo(undisturbed.Keys.Order()), "the same site files");
        var differing = site.Where(f => undisturbed.TryGetValue(f.Key, out var other) && !other.AsSpan().SequenceEqual(f.Value)).Select(f => f.Key).ToList();
        Assert.That(differing, Is.Empty, "site files that differ from an undisturbed run's");
        foreach (var path in differing.Take(2))
        {
            var before = Encoding.UTF8.GetString(undisturbed[path]).Split('\n');
            var after = Encoding.UTF8.GetString(site[path]).Split('\n');
            TestContext.Out.WriteLine($"--- {path}\n" + string.Join('\n', before.Except(after).Select(l => "- " + l).Concat(after.Except(before).Select(l => "+ " + l))));
        }
    }
}
