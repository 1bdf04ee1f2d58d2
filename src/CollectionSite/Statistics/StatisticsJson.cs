using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CollectionSite.Statistics;

/// <summary>
/// The one JSON form of <see cref="CollectionStatistics"/>: `stats --json` prints it and the site's stats page reads it
/// (content/stats/collection-stats.json). snake_case keys (Hugo templates read them as written), indented, no
/// timestamp: the same collection always gives the same bytes, so the site file is rewritten only when a number changes.
/// </summary>
public static class StatisticsJson
{
    // Names stay readable ("Björk", not "Bj\u00F6rk"): the text is data for Hugo and people, never inlined into HTML as is.
    private static readonly StatisticsJsonContext Context = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public static string Serialize(CollectionStatistics statistics) =>
        JsonSerializer.Serialize(statistics, Context.CollectionStatistics) + "\n";

    /// <exception cref="JsonException">The text is not statistics JSON.</exception>
    public static CollectionStatistics Deserialize(string json) =>
        JsonSerializer.Deserialize(json, Context.CollectionStatistics)
            ?? throw new JsonException("The statistics JSON is null.");
}

[JsonSerializable(typeof(CollectionStatistics))]
internal sealed partial class StatisticsJsonContext : JsonSerializerContext;
