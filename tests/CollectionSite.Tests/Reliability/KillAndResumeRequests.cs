using System.Globalization;
using CollectionSite.Stages.Artwork;
using CollectionSite.Stages.Discogs;
using CollectionSite.Tests.Fakes.AllSources;
using Microsoft.Data.Sqlite;

namespace CollectionSite.Tests.Reliability;

/// <summary>
/// Which stage_progress items ("stage/kind/id", as <see cref="KillAndResumeChecks.DoneItems"/> reads them) a request
/// serves, read from the uninterrupted run's database: a Discogs release, master or artist by the id in its URL, an image
/// by the artwork item whose origin it is. A request whose items are recorded done must not be asked again.
/// </summary>
internal sealed class KillAndResumeRequests
{
    private readonly Dictionary<long, List<long>> releasesOfMaster = [];
    private readonly Dictionary<string, List<string>> itemsOfImage = new(StringComparer.Ordinal);

    private KillAndResumeRequests()
    {
    }

    /// <summary>Reads the master of every release and the origin of every artwork item of <paramref name="referenceDatabase"/>.</summary>
    public static KillAndResumeRequests From(string referenceDatabase)
    {
        var map = new KillAndResumeRequests();
        using var connection = new SqliteConnection($"Data Source={referenceDatabase};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT release_id, master_id FROM releases WHERE master_id IS NOT NULL";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var master = reader.GetInt64(1);
                map.releasesOfMaster.TryAdd(master, []);
                map.releasesOfMaster[master].Add(reader.GetInt64(0));
            }
        }

        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT item_kind, item_id, origin FROM artwork_items";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var kind = reader.GetString(0);
                var stage = kind == "artist" ? FetchArtistImages.Key : FetchCoverArt.Key;
                var origin = new Uri(reader.GetString(2));
                var target = origin.Host + origin.AbsolutePath; // as the fake logs an image request
                map.itemsOfImage.TryAdd(target, []);
                map.itemsOfImage[target].Add($"{stage}/{kind}/{reader.GetInt64(1).ToString(CultureInfo.InvariantCulture)}");
            }
        }

        return map;
    }

    /// <summary>
    /// Whether <paramref name="request"/> asks for something already recorded in <paramref name="done"/>; null when its
    /// lane is not mapped to items (listing, Spotify token, enrichment searches, images of no stored item).
    /// A master: any release with that master done (FetchMasters stores the master with the release's mark, and a stored
    /// master costs no request). An image: every item with that origin done (each item may fetch its own copy).
    /// </summary>
    public bool? Recorded(AllSourcesRequest request, IReadOnlySet<string> done)
    {
        switch (request.Lane)
        {
            case Lane.Releases:
                return done.Contains($"{FetchReleaseDetails.Key}/release/{IdOf(request.Target)}");
            case Lane.Artists:
                return done.Contains($"{FetchArtists.Key}/artist/{IdOf(request.Target)}");
            case Lane.Masters:
                return releasesOfMaster.TryGetValue(IdOf(request.Target), out var releases)
                    ? releases.Exists(r => done.Contains($"{FetchMasters.Key}/release/{r.ToString(CultureInfo.InvariantCulture)}"))
                    : null;
            case Lane.DiscogsImages or Lane.AppleImages or Lane.WikimediaImages:
                return itemsOfImage.TryGetValue(request.Target, out var items) ? items.TrueForAll(done.Contains) : null;
            default:
                return null;
        }
    }

    /// <summary>How many requests of each lane the mapping covers (so a silent mapping cannot pass as a clean one).</summary>
    public Dictionary<string, int> Covered(IEnumerable<AllSourcesRequest> requests) =>
        requests.Where(r => Recorded(r, new HashSet<string>()) is not null).GroupBy(r => r.Lane).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    /// <summary>The resource id in "/discogs/{kind}/{id}[/…][?…]".</summary>
    private static long IdOf(string target)
    {
        var segments = target.Split('?')[0].Split('/', StringSplitOptions.RemoveEmptyEntries);
        return long.Parse(segments[2], CultureInfo.InvariantCulture);
    }
}
