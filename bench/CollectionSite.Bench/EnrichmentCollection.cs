using System.Globalization;

namespace CollectionSite.Bench;

/// <summary>How a store knows a synthetic release: by its barcode, through Wikidata's id for the master, by search, or not at all.</summary>
internal enum StoreAnswer
{
    Barcode,
    Crossref,
    Search,
    None,
}

/// <summary>How Wikipedia knows a synthetic artist: the Discogs artist links the article, Wikidata has the sitelink,
/// "Name (band)" exists (found by the candidate titles), or there is no article.</summary>
internal enum ArticleAnswer
{
    Link,
    Crossref,
    Titled,
    None,
}

internal sealed record BenchArtist(long Id, string Name, ArticleAnswer Wikipedia, string? WikidataItem)
{
    /// <summary>"Name (band)": the article of every artist Wikipedia knows.</summary>
    public string? ArticleTitle => Wikipedia == ArticleAnswer.None ? null : $"{Name} (band)";
}

/// <summary>A master; the Wikidata item (when Wikidata has it) may hold the Apple Music (P2281) and Spotify (P2205) album ids.</summary>
internal sealed record BenchMaster(long Id, long MainReleaseId, string? WikidataItem, bool HasAppleId, bool HasSpotifyId);

/// <summary>A release as the fake APIs know it: its Discogs record and how each store finds its album.</summary>
internal sealed record BenchRelease(int Index, long Id, string Title, BenchArtist Artist, BenchMaster? Master, string? Barcode, int Year, StoreAnswer Apple, StoreAnswer Spotify)
{
    public string AppleId => (1_500_000_000 + Index).ToString(CultureInfo.InvariantCulture);

    public string SpotifyId => $"5Bench{Index:D6}Album{Id % 97:D2}xx";
}

/// <summary>
/// A synthetic collection with the proportions of a real one (seeded, so every run serves the same data): about one
/// artist for two releases, 85 % of releases with a master (a tenth of them a reissue of an earlier master), 80 % with a
/// barcode typed in varied forms; the stores know most albums by barcode, some through Wikidata or by search, some not
/// at all; Wikipedia knows most artists by link, some through Wikidata or by title, some not. The exact shares are
/// printed with the figures (<see cref="Describe"/>).
/// </summary>
internal sealed class EnrichmentCollection
{
    public const long FirstReleaseId = 20_000_001;
    public const long FirstMasterId = 3_000_001;
    public const long FirstArtistId = 800_001;

    private static readonly string[] First = ["Harbour", "Velvet", "Copper", "Northern", "Silent", "Paper", "Golden", "Hollow", "Electric", "Quiet", "Amber", "Iron", "Lunar", "Wild", "Crystal", "Broken"];
    private static readonly string[] Second = ["Lights", "Rivers", "Engines", "Foxes", "Orchard", "Signals", "Harvest", "Satellites", "Tides", "Pilots", "Gardens", "Echoes", "Parade", "Machines", "Choir", "Arcade"];

    public EnrichmentCollection(int releaseCount, int seed = 20_260_101)
    {
        var random = new Random(seed);
        Artists = [.. Enumerable.Range(0, Math.Max(1, releaseCount / 2)).Select(a => NewArtist(a, random))];
        var releases = new List<BenchRelease>(releaseCount);
        var masters = new List<BenchMaster>();
        for (var i = 0; i < releaseCount; i++)
        {
            var artist = Artists[random.Next(Artists.Count)];
            var master = MasterFor(i, artist, releases, masters, random);
            var barcode = random.NextDouble() < 0.8 ? TypedBarcode(i, random) : null;
            releases.Add(new BenchRelease(
                i, FirstReleaseId + i, $"{First[i % First.Length]} {Second[(i / First.Length) % Second.Length]} {i:D5}", artist, master, barcode,
                1965 + random.Next(60), Answer(barcode, master?.HasAppleId, 0.75, random), Answer(barcode, master?.HasSpotifyId, 0.70, random)));
        }

        Releases = releases;
        Masters = masters;
    }

    public IReadOnlyList<BenchRelease> Releases { get; }

    public IReadOnlyList<BenchMaster> Masters { get; }

    public IReadOnlyList<BenchArtist> Artists { get; }

    /// <summary>One line per kind of record: how many, and how each source knows them.</summary>
    public IEnumerable<string> Describe()
    {
        yield return $"collection: {Releases.Count} releases, {Masters.Count} masters, {Artists.Count} artists; {Releases.Count(r => r.Barcode is not null)} with a barcode";
        yield return $"Apple Music knows {Tally(Releases.Select(r => r.Apple))}; Spotify {Tally(Releases.Select(r => r.Spotify))}";
        yield return $"Wikipedia knows artists by {Tally(Artists.Select(a => a.Wikipedia))}; Wikidata has {Masters.Count(m => m.WikidataItem is not null)} masters, {Artists.Count(a => a.WikidataItem is not null)} artists";
    }

    private static string Tally<T>(IEnumerable<T> answers)
        where T : struct, Enum =>
        string.Join(", ", answers.GroupBy(a => a).OrderBy(g => g.Key).Select(g => $"{g.Key.ToString().ToLowerInvariant()} {g.Count()}"));

    private static BenchArtist NewArtist(int a, Random random)
    {
        var name = a < First.Length * Second.Length
            ? $"The {First[a % First.Length]} {Second[a / First.Length]}"
            : $"The {First[a % First.Length]} {Second[(a / First.Length) % Second.Length]} {a / (First.Length * Second.Length) + 1}";
        var inWikidata = random.NextDouble() < 0.5;
        var roll = random.NextDouble();
        var answer = roll < 0.55 ? ArticleAnswer.Link : inWikidata ? ArticleAnswer.Crossref : roll < 0.8 ? ArticleAnswer.Titled : ArticleAnswer.None;
        return new BenchArtist(FirstArtistId + a, name, answer, inWikidata ? $"Q{70_000_000 + a}" : null);
    }

    private static BenchMaster? MasterFor(int i, BenchArtist artist, List<BenchRelease> earlier, List<BenchMaster> masters, Random random)
    {
        if (random.NextDouble() >= 0.85)
        {
            return null;
        }

        // A reissue: another pressing of a master the collection already holds by the same artist.
        if (random.NextDouble() < 0.1 && earlier.LastOrDefault(r => r.Artist == artist && r.Master is not null) is { } sibling)
        {
            return sibling.Master;
        }

        var inWikidata = random.NextDouble() < 0.35;
        var master = new BenchMaster(
            FirstMasterId + masters.Count, FirstReleaseId + i, inWikidata ? $"Q{90_000_000 + masters.Count}" : null,
            inWikidata && random.NextDouble() < 0.6, inWikidata && random.NextDouble() < 0.6);
        masters.Add(master);
        return master;
    }

    private static StoreAnswer Answer(string? barcode, bool? crossref, double byBarcode, Random random) =>
        barcode is not null && random.NextDouble() < byBarcode ? StoreAnswer.Barcode
        : crossref is true ? StoreAnswer.Crossref
        : random.NextDouble() < 0.5 ? StoreAnswer.Search
        : StoreAnswer.None;

    /// <summary>A valid UPC-A or EAN-13 (check digit computed) typed as collectors do: spaced, dashed or plain.</summary>
    private static string TypedBarcode(int i, Random random)
    {
        var body = (random.NextDouble() < 0.5 ? "0" : "5") + (100_000_000_000L + (i * 7_919L)).ToString(CultureInfo.InvariantCulture)[1..];
        var gtin = body + CheckDigit(body);
        return (i % 3) switch
        {
            0 when gtin[0] == '0' => $"{gtin[1]} {gtin[2..7]} {gtin[7..12]} {gtin[12]}",
            1 => $"{gtin[..1]}-{gtin[1..7]}-{gtin[7..]}",
            _ => gtin,
        };
    }

    private static char CheckDigit(string first12)
    {
        var sum = 0;
        for (var k = 0; k < 12; k++)
        {
            sum += (first12[k] - '0') * (k % 2 == 0 ? 1 : 3);
        }

        return (char)('0' + ((10 - (sum % 10)) % 10));
    }
}
