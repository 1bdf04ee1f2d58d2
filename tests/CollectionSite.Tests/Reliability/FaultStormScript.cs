using System.Net;
using CollectionSite.Tests.EndToEnd;
using CollectionSite.Tests.Fakes;
using static CollectionSite.Tests.Reliability.FaultStormReplies;

namespace CollectionSite.Tests.Reliability;

/// <summary>
/// The storm's fault schedule: every API gets every transport fault kind at least once, each on one known item, so the
/// outcome does not depend on which request happens to come first. "Forever" faults make an item fail on every run
/// (recorded, then dead-lettered); counted faults heal within the run (the handler's retries) and must leave no trace.
/// </summary>
public static class FaultStormScript
{
    private static readonly TimeSpan FakeDrip = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan RealDrip = TimeSpan.FromMilliseconds(200);

    /// <summary>Items whose every run in the storm fails (stage key → item ids).</summary>
    public static IReadOnlyDictionary<string, long[]> Persistent(FaultStormWorld world) => new Dictionary<string, long[]>
    {
        ["discogs.release"] = [R(world, 5), R(world, 6)],
        ["discogs.artists"] = [FakeDiscogsData.FirstArtistId],
        ["apple.release"] = [R(world, 1), R(world, 3)],
        ["spotify.release"] = [R(world, 1), R(world, 3)],
        ["wikipedia.artist"] = [FakeDiscogsData.FirstArtistId + 4, FakeDiscogsData.FirstArtistId + 5],
        ["artwork.cover"] = [R(world, 1), R(world, 3)],
    };

    /// <summary>
    /// Items a counted fault fails for the first run only: the one Discogs cover whose body drips past
    /// Artwork:TimeoutSeconds. An image's body is read after the handler's retries are over (they end at the answer's
    /// headers), so a body fault is not retried within the run; the fault is spent, so the next run heals it.
    /// </summary>
    public static IReadOnlyDictionary<string, long[]> FailFirstRunOnly(FaultStormWorld world) => new Dictionary<string, long[]>
    {
        ["artwork.cover"] = [R(world, 15)],
    };

    /// <summary>The first storm run's faults.</summary>
    /// <returns>The Discogs rules (each must have fired).</returns>
    public static IReadOnlyList<FakeDiscogsFaultRule> Apply(FaultStormWorld world)
    {
        var discogs = Discogs(world);
        Apple(world);
        Spotify(world);
        Wikipedia(world);
        Wikidata(world.Hosts.Wikidata, world);
        Images(world);
        return discogs;
    }

    /// <summary>The second storm run's: the same persistent faults still there, and Spotify's token endpoint down for good.</summary>
    public static void ApplySecond(FaultStormWorld world) =>
        world.Hosts.SpotifyAccounts.Fail(Status(HttpStatusCode.InternalServerError), name: "accounts 500 for ever");

    /// <summary>Removes every fault: the APIs behave from now on.</summary>
    public static void Clear(FaultStormWorld world)
    {
        world.Discogs.Faults.Clear();
        world.Hosts.ClearFaults();
    }

    public static long R(FaultStormWorld world, int index) => world.Releases[index].Id;

    private static string Upc(FaultStormWorld world, int index) => world.Releases[index].Upc;

    private static IReadOnlyList<FakeDiscogsFaultRule> Discogs(FaultStormWorld world)
    {
        var faults = world.Discogs.Faults;
        const string Listing = "/users/example/collection/folders/0/releases";
        return
        [
            faults.Add(FakeDiscogsFault.RateLimited(TimeSpan.FromSeconds(3)), Listing),
            faults.Add(FakeDiscogsFault.CutOff(), Listing, skip: 1),
            faults.Add(FakeDiscogsFault.HtmlPage(200), Listing, skip: 2),
            faults.Add(FakeDiscogsFault.Status(500), $"/releases/{R(world, 0)}", times: 2),
            faults.Add(FakeDiscogsFault.RateLimited(), $"/releases/{R(world, 1)}"),
            faults.Add(FakeDiscogsFault.Abort(), $"/releases/{R(world, 2)}"),
            faults.Add(FakeDiscogsFault.Delay(Timeout.InfiniteTimeSpan), $"/releases/{R(world, 3)}"),
            faults.Add(FakeDiscogsFault.Drip(RealDrip), $"/releases/{R(world, 4)}"),
            faults.Add(FakeDiscogsFault.HtmlPage(200), $"/releases/{R(world, 5)}", times: FakeDiscogsFaultRule.Forever),
            faults.Add(FakeDiscogsFault.TruncatedJson(), $"/releases/{R(world, 6)}", times: FakeDiscogsFaultRule.Forever),
            faults.Add(FakeDiscogsFault.HtmlPage(502), "/masters/"),
            faults.Add(FakeDiscogsFault.Status(503), $"/artists/{FakeDiscogsData.FirstArtistId}", times: FakeDiscogsFaultRule.Forever),
        ];
    }

    private static void Apple(FaultStormWorld world)
    {
        var apple = world.Hosts.Apple;
        string Album(int i) => $"filter[upc]={Upc(world, i)}";
        apple.Fail(Stalled(), 1, Album(0), name: "apple timeout")
            .Fail(Truncated(Real(apple)), path: Album(1), name: "apple truncated json for ever")
            .Fail(Drip(Real(apple), world.Clock, FakeDrip), 1, Album(2), name: "apple drip")
            .Fail(Html(HttpStatusCode.OK), path: Album(3), name: "apple html for ever")
            .Fail(CutOff(Real(apple)), 1, Album(4), name: "apple cut off")
            .Fail(RateLimited(2), 1, Album(10), name: "apple 429 retry-after")
            .Fail(RateLimited(null), 1, Album(7), name: "apple 429")
            .Fail(Status(HttpStatusCode.ServiceUnavailable), 2, Album(8), name: "apple 503")
            .Fail(Reset(), 1, Album(9), name: "apple reset")
            .Fail(Html(HttpStatusCode.BadGateway), 1, Album(11), name: "apple html 502")
            // The developer token rejected mid-run: Apple stops for this run, the rest goes on.
            .Fail(Status(HttpStatusCode.Unauthorized), 1, Album(13), name: "apple 401");
    }

    private static void Spotify(FaultStormWorld world)
    {
        var spotify = world.Hosts.Spotify;
        string Album(int i) => $"upc:{Upc(world, i)}";
        spotify.Fail(RateLimited(3), 1, Album(0), name: "spotify 429 retry-after")
            .Fail(Html(HttpStatusCode.OK), path: Album(1), name: "spotify html for ever")
            .Fail(RateLimited(null), 1, Album(2), name: "spotify 429")
            .Fail(Truncated(Real(spotify)), path: Album(3), name: "spotify truncated json for ever")
            .Fail(Status(HttpStatusCode.BadGateway), 2, Album(4), name: "spotify 502")
            .Fail(Reset(), 1, Album(10), name: "spotify reset")
            .Fail(Stalled(), 1, Album(11), name: "spotify timeout")
            .Fail(Drip(Real(spotify), world.Clock, FakeDrip), 1, Album(7), name: "spotify drip")
            .Fail(CutOff(Real(spotify)), 1, Album(8), name: "spotify cut off")
            .Fail(Status(HttpStatusCode.Unauthorized), 1, Album(9), name: "spotify token expired");
        world.Hosts.SpotifyAccounts.Fail(Status(HttpStatusCode.ServiceUnavailable), 1, name: "accounts 503");
    }

    private static void Wikipedia(FaultStormWorld world)
    {
        var wikipedia = world.Hosts.Wikipedia;
        string Article(int n) => $"/page/summary/Generated_Artist_{n}";
        wikipedia.Fail(RateLimited(2), 1, Article(1), name: "wikipedia 429 retry-after")
            .Fail(Status(HttpStatusCode.ServiceUnavailable), 1, Article(1), name: "wikipedia 503")
            .Fail(Reset(), 1, Article(1), name: "wikipedia reset")
            .Fail(Stalled(), 1, Article(2), name: "wikipedia timeout")
            .Fail(Drip(Real(wikipedia), world.Clock, FakeDrip), 1, Article(3), name: "wikipedia drip")
            .Fail(RateLimited(null), 1, Article(3), name: "wikipedia 429")
            .Fail(CutOff(Real(wikipedia)), 1, Article(4), name: "wikipedia cut off")
            .Fail(Truncated(Real(wikipedia)), path: Article(4), name: "wikipedia truncated json for ever")
            .Fail(Html(HttpStatusCode.OK), path: Article(5), name: "wikipedia html for ever");
    }

    private static void Wikidata(StubHost wikidata, FaultStormWorld world) =>
        wikidata.Fail(RateLimited(2), 1, name: "wikidata 429 retry-after")
            .Fail(Status(HttpStatusCode.InternalServerError), 1, name: "wikidata 500")
            .Fail(Reset(), 1, name: "wikidata reset")
            .Fail(Stalled(), 1, name: "wikidata timeout")
            .Fail(Drip(Real(wikidata), world.Clock, FakeDrip), 1, name: "wikidata drip")
            .Fail(CutOff(Real(wikidata)), 1, name: "wikidata cut off")
            .Fail(Html(HttpStatusCode.OK), 1, name: "wikidata html")
            .Fail(RateLimited(null), 1, name: "wikidata 429");

    private static void Images(FaultStormWorld world)
    {
        var images = world.Hosts.Images;
        string Apple(int i) => $"/storm/{R(world, i)}/";
        string Cover(int i) => $"/storm/R-{R(world, i)}-1.jpeg";
        string Artist(int n) => $"/storm/A-{FakeDiscogsData.FirstArtistId + n}.jpeg";
        images.Fail(FaultStormImages.HtmlNamedJpeg(), path: Apple(0), name: "apple art html named .jpg for ever")
            .Fail(FaultStormImages.TruncatedJpeg(), path: Apple(2), name: "apple art truncated jpeg for ever")
            .Fail(FaultStormImages.Bomb(), path: Apple(4), name: "apple art bomb for ever")
            .Fail(FaultStormImages.EnormousLength(), path: Cover(1), name: "discogs cover 50 GB for ever")
            .Fail(FaultStormImages.RedirectLoop(), path: Cover(3), name: "discogs cover redirect loop for ever")
            .Fail(FaultStormImages.WrongContentType(), path: Cover(5), name: "discogs cover labelled text/html for ever")
            .Fail(RateLimited(4), 1, Cover(7), name: "discogs cover 429 retry-after")
            .Fail(Status(HttpStatusCode.ServiceUnavailable), 2, Cover(9), name: "discogs cover 503")
            .Fail(Reset(), 1, Cover(11), name: "discogs cover reset")
            .Fail(Stalled(), 1, Cover(13), name: "discogs cover timeout")
            .Fail(Drip(_ => FaultStormHosts.Image(FaultStormHosts.Jpeg, "image/jpeg"), world.Clock, FakeDrip), 1, Cover(15), name: "discogs cover drip")
            .Fail(FaultStormImages.HtmlNamedJpeg(), path: Artist(1), name: "artist image html for ever")
            .Fail(RateLimited(null), 1, "/commons/storm/Generated_Artist_1.jpg", name: "wikimedia 429")
            .Fail(CutOff(_ => FaultStormHosts.Image(FaultStormHosts.Jpeg, "image/jpeg")), 1, Artist(2), name: "artist image cut off");
    }

    /// <summary>The host's real answer, for faults that spoil it (cut off, truncated, drip).</summary>
    private static Func<HttpRequestMessage, HttpResponseMessage> Real(StubHost host) => request => host.Answer(request);
}
