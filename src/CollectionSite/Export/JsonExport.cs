using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CollectionSite.Export;

/// <summary>
/// `export --format json`: one array of <see cref="ExportRow"/> objects (camelCase names, lists as arrays, absent values as
/// null, dates as ISO 8601), UTF-8 without a byte order mark, non-ASCII text written as itself rather than \u escapes.
/// Source-generated: the executable runs with reflection-based JSON off.
/// </summary>
public static class JsonExport
{
    // A file for people and scripts, never embedded in HTML: the relaxed encoder keeps "Björk" readable.
    private static readonly ExportJson Context = new(new JsonSerializerOptions(ExportJson.Default.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    public static Task WriteAsync(Stream destination, IReadOnlyList<ExportRow> rows, CancellationToken cancellationToken) =>
        JsonSerializer.SerializeAsync(destination, rows, Context.IReadOnlyListExportRow, cancellationToken);

    public static async Task WriteAsync(TextWriter destination, IReadOnlyList<ExportRow> rows, CancellationToken cancellationToken)
    {
        await destination.WriteAsync(JsonSerializer.Serialize(rows, Context.IReadOnlyListExportRow).AsMemory(), cancellationToken);
        await destination.WriteLineAsync();
    }

    /// <summary>Reads an export back (tests, scripts in .NET).</summary>
    public static IReadOnlyList<ExportRow> Read(string json) => JsonSerializer.Deserialize(json, Context.IReadOnlyListExportRow) ?? [];
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(IReadOnlyList<ExportRow>))]
internal sealed partial class ExportJson : JsonSerializerContext;
