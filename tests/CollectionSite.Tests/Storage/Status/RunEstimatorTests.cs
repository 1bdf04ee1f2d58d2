using CollectionSite.Storage;
using CollectionSite.Storage.Status;

namespace CollectionSite.Tests.Storage.Status;

/// <summary>The next-run estimate: the rate limits' floor, stages of one step side by side, steps one after another.</summary>
public sealed class RunEstimatorTests
{
    private static readonly StatusPlan Plan = new(
        [
            new("discogs.release", "Fetch release details", "Discogs", ItemKinds.Release, null, null, null, 1, 1),
            new("discogs.master", "Fetch masters", "Discogs", ItemKinds.Release, "discogs.release", null, null, 1, 1),
            new("apple.release", "Match Apple Music", "Apple Music", ItemKinds.Release, "discogs.release", "apple", null, 1, 2),
            new("spotify.release", "Match Spotify", "Spotify", ItemKinds.Release, "discogs.release", "spotify", "not configured", 1, 2),
            new("artwork.cover", "Fetch covers", "Artwork", ItemKinds.Release, "discogs.release", null, null, 2, 1),
        ],
        new Dictionary<string, double> { ["Discogs"] = 60, ["Apple Music"] = 120, ["Spotify"] = 100, ["Artwork"] = 120 },
        "Discogs",
        100);

    [Test]
    public void Estimate_NoFullListingDue_PlansPage1Only()
    {
        // The quick check reads page 1; the whole listing runs only when one is due (Discogs:FullListingDays, first run).
        var stages = new[] { Stage("discogs.release", 0) };

        var quick = RunEstimator.Estimate(Plan, 1000, stages, fullListingDue: false);
        var full = RunEstimator.Estimate(Plan, 1000, stages, fullListingDue: true);

        Assert.That((quick.ListingRequests, quick.Estimated, full.ListingRequests), Is.EqualTo((1, TimeSpan.FromSeconds(1), 10)));
    }

    [Test]
    public void Estimate_ConcurrentStep_LastsAsLongAsItsSlowestSource()
    {
        // 1,000 copies: 10 listing pages. Step 1: Discogs 600 + 300 = 900 requests at 60/min = 15 min; Apple 1,200
        // requests at 120/min = 10 min, alongside. Step 2: 240 covers at 120/min = 2 min. Total 10 s + 15 min + 2 min.
        var stages = new[] { Stage("discogs.release", 600), Stage("discogs.master", 300), Stage("apple.release", 600), Stage("spotify.release", 600), Stage("artwork.cover", 240) };

        var estimate = RunEstimator.Estimate(Plan, 1000, stages);

        var sources = estimate.Sources.ToDictionary(s => s.Source);
        Assert.Multiple(() =>
        {
            Assert.That(estimate.ListingRequests, Is.EqualTo(10));
            Assert.That(estimate.Estimated, Is.EqualTo(TimeSpan.FromSeconds(10) + TimeSpan.FromMinutes(15) + TimeSpan.FromMinutes(2)));
            Assert.That(sources["Discogs"], Is.EqualTo(new SourceWork("Discogs", 900, 910, 60, TimeSpan.FromSeconds(910))));
            Assert.That(sources["Apple Music"], Is.EqualTo(new SourceWork("Apple Music", 600, 1200, 120, TimeSpan.FromMinutes(10))));
            Assert.That(sources.ContainsKey("Spotify"), Is.False, "a source that is not configured does not run");
        });
    }

    [Test]
    public void Estimate_NothingDue_OneListingPage()
    {
        var estimate = RunEstimator.Estimate(Plan, 0, [Stage("discogs.release", 0)]);

        Assert.That(estimate.Estimated, Is.EqualTo(TimeSpan.FromSeconds(1)));
    }

    private static StageStatus Stage(string key, int pending)
    {
        var plan = Plan.Stages.Single(s => s.Key == key);
        return new StageStatus(key, plan.Name, plan.Source, plan.ItemKind, plan.NotConfigured, pending, 0, 0, pending, 0, 0, null);
    }
}
