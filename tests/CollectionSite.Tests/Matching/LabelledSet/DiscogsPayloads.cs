using System.Globalization;
using System.Text.Json.Nodes;
using CollectionSite.Domain;

namespace CollectionSite.Tests.Matching.LabelledSet;

/// <summary>The Discogs side of a labelled case (field names as the Discogs API has them) as domain records.</summary>
public static class DiscogsPayloads
{
    /// <summary>
    /// A release: <c>{id, title, artists[{id, name, anv, join}], year, released?, master_id?, formats[{name, qty,
    /// descriptions}], tracklist[{position, type_, title, sub_tracks}] or track_count, identifiers[{type, value,
    /// description}]}</c>.
    /// </summary>
    public static Release Release(JsonNode d)
    {
        var tracklist = d["tracklist"] is JsonArray rows
            ? [.. rows.Select(row => Track(row!))]
            : Enumerable.Range(1, (int?)d["track_count"] ?? 0)
                .Select(i => new Track(i.ToString(CultureInfo.InvariantCulture), "track", $"Track {i}", null, [], [], []))
                .ToList();
        return new Release(
            (long)d["id"]!,
            (string)d["title"]!,
            Credits(d["artists"]),
            (long?)d["master_id"],
            (int?)d["year"] is > 0 and var year ? year : null,
            (string?)d["released"],
            null,
            [],
            [],
            [],
            [.. (d["formats"]?.AsArray() ?? []).Select(f => new ReleaseFormat(
                (string)f!["name"]!,
                (string?)f["qty"],
                (string?)f["text"],
                [.. (f["descriptions"]?.AsArray() ?? []).Select(x => (string)x!)]))],
            tracklist,
            [],
            [],
            [],
            [.. (d["identifiers"]?.AsArray() ?? []).Select(i => new ReleaseIdentifier((string)i!["type"]!, (string)i["value"]!, (string?)i["description"]))],
            [],
            null,
            null,
            null);
    }

    /// <summary>A master: <c>{id, year}</c>.</summary>
    public static Master? Master(JsonNode? m) =>
        m is null ? null : new Master((long)m["id"]!, "master", (int?)m["year"], null, [], [], [], null);

    /// <summary>An artist: <c>{id, name, realname?, urls, namevariations, members?, groups?, aliases?}</c>.</summary>
    public static Artist Artist(JsonNode a) =>
        new(
            (long)a["id"]!,
            (string)a["name"]!,
            (string?)a["realname"],
            null,
            [.. (a["urls"]?.AsArray() ?? []).Select(u => (string)u!)],
            [.. (a["namevariations"]?.AsArray() ?? []).Select(n => (string)n!)],
            [],
            References(a["members"]),
            References(a["groups"]),
            References(a["aliases"]),
            null);

    private static List<ArtistCredit> Credits(JsonNode? credits) =>
        [.. (credits?.AsArray() ?? []).Select(c => new ArtistCredit(
            (long?)c!["id"] ?? 0,
            (string)c["name"]!,
            string.IsNullOrEmpty((string?)c["anv"]) ? null : (string?)c["anv"],
            string.IsNullOrEmpty((string?)c["join"]) ? null : (string?)c["join"],
            null,
            null))];

    private static List<ArtistReference> References(JsonNode? references) =>
        [.. (references?.AsArray() ?? []).Select(r => new ArtistReference((long)r!["id"]!, (string)r["name"]!, (bool?)r["active"]))];

    private static Track Track(JsonNode row) =>
        new(
            (string?)row["position"] ?? string.Empty,
            (string?)row["type_"] ?? "track",
            (string?)row["title"] ?? string.Empty,
            (string?)row["duration"],
            [],
            [],
            [.. (row["sub_tracks"]?.AsArray() ?? []).Select(sub => Track(sub!))]);
}
