using System.Net.Http.Headers;
using System.Text.Json;

namespace CollectionSite.Clients.Http;

/// <summary>
/// Is a 2xx body something a JSON API can have meant? A proxy's HTML page, a body cut off mid-transfer and an
/// empty body all arrive with status 200; they are transient like a 5xx, so the handler retries them.
/// </summary>
public static class JsonBody
{
    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>The declared media type when it is not JSON ("text/html"); null for JSON or no declaration.</summary>
    public static string? NonJsonMediaType(HttpContentHeaders? headers) =>
        headers?.ContentType?.MediaType is { } mediaType && !mediaType.EndsWith("json", StringComparison.OrdinalIgnoreCase) ? mediaType : null;

    /// <summary>Why a buffered body is not one well-formed JSON document, or null when it is.</summary>
    /// <returns>"text/html instead of JSON", "an empty body" or "malformed JSON (reader message)".</returns>
    public static async Task<string?> ProblemAsync(HttpContent content, CancellationToken cancellationToken)
    {
        if (NonJsonMediaType(content.Headers) is { } mediaType)
        {
            return $"{mediaType} instead of JSON";
        }

        return Problem(await content.ReadAsByteArrayAsync(cancellationToken));
    }

    /// <summary>Why UTF-8 bytes are not one well-formed JSON document (a BOM is allowed), or null when they are.</summary>
    public static string? Problem(ReadOnlySpan<byte> utf8)
    {
        if (utf8.StartsWith(Utf8Bom))
        {
            utf8 = utf8[Utf8Bom.Length..];
        }

        if (utf8.Trim(" \t\r\n"u8).IsEmpty)
        {
            return "an empty body";
        }

        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
        try
        {
            while (reader.Read())
            {
            }

            return null;
        }
        catch (JsonException ex)
        {
            return $"malformed JSON ({ex.Message})";
        }
    }
}
