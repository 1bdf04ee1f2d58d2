using System.Globalization;
using CsvHelper;

namespace CollectionSite.Export;

/// <summary>
/// `export --format csv`: RFC 4180 (comma, fields quoted when they need it, quotes doubled, CRLF line ends) in UTF-8 with
/// a byte order mark, so Excel, LibreOffice and Numbers open Björk, エチオ・ジャズ and Ζορμπάς as written. A text field
/// that starts with = + - @ (or a tab or CR) gets a leading apostrophe, so a spreadsheet shows it instead of running it
/// as a formula (CSV injection, OWASP). Lists are joined with "; ". Written with CsvHelper.
/// </summary>
public static class CsvExport
{
    /// <summary>Joins list values within one field.</summary>
    public const string ListSeparator = "; ";

    /// <summary>The header row, in column order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "release_id", "instance_id", "artist", "title", "year", "original_year", "labels", "catalog_numbers", "formats", "genres", "styles",
        "country", "date_added", "rating", "barcodes", "apple_music_url", "apple_music_status", "spotify_url", "spotify_status", "wikipedia_urls",
        "partial",
    ];

    private static CsvWriterOptions Options => CsvWriterOptions.Default with { WriteByteOrderMark = true, Injection = CsvInjection.Escape };

    /// <summary>Writes the rows to a stream (a file): byte order mark, header, one record per row.</summary>
    public static async Task WriteAsync(Stream destination, IEnumerable<ExportRow> rows, CancellationToken cancellationToken)
    {
        await using var writer = CsvWriter.Create(destination, Options, leaveOpen: true);
        await WriteRecordsAsync(writer, rows, cancellationToken);
    }

    /// <summary>Writes the rows to text (standard output); the byte order mark is written as U+FEFF, which the writer's UTF-8 encodes as EF BB BF.</summary>
    public static async Task WriteAsync(TextWriter destination, IEnumerable<ExportRow> rows, CancellationToken cancellationToken)
    {
        await destination.WriteAsync('\uFEFF');
        await using var writer = CsvWriter.Create(destination, Options, leaveOpen: true);
        await WriteRecordsAsync(writer, rows, cancellationToken);
    }

    private static async Task WriteRecordsAsync(CsvWriter writer, IEnumerable<ExportRow> rows, CancellationToken cancellationToken)
    {
        writer.WriteHeader([.. Columns]);
        foreach (var row in rows)
        {
            await writer.WriteRecordAsync(Fields(row), cancellationToken);
        }

        await writer.FlushAsync(cancellationToken);
    }

    private static string[] Fields(ExportRow row) =>
    [
        Number(row.ReleaseId), Number(row.InstanceId), row.Artist, row.Title, Number(row.Year), Number(row.OriginalYear), List(row.Labels),
        List(row.CatalogNumbers), List(row.Formats), List(row.Genres), List(row.Styles), row.Country ?? string.Empty,
        row.DateAdded.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture), Number(row.Rating), List(row.Barcodes),
        row.AppleMusicUrl ?? string.Empty, row.AppleMusicStatus, row.SpotifyUrl ?? string.Empty, row.SpotifyStatus, List(row.WikipediaUrls),
        row.Partial ? "true" : "false",
    ];

    private static string List(IReadOnlyList<string> values) => string.Join(ListSeparator, values);

    private static string Number(long? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
}
