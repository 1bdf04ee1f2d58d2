using System.Net;
using System.Runtime.ExceptionServices;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CollectionSite.Domain;
using Refit;

namespace CollectionSite.Clients.Http;

/// <summary>
/// Refit answers become domain outcomes here, once for every API. 404 → null ("not found", never retried);
/// 401/403 → <see cref="RemoteSource.AuthenticationFailed"/> (fatal for the source); anything else unusable
/// after the handler's retries → <see cref="RemoteSource.Failed"/> (recorded for the item): an error status, no
/// answer (connection failure, timeout), a non-JSON media type, or a body that does not parse. Refit reports a
/// 200 whose body does not parse as successful with <see cref="IApiResponse.Error"/> set, so Error is checked too.
/// A <see cref="FatalRemoteException"/> raised by the handler (open breaker) comes back out unwrapped.
/// </summary>
public static class ApiResponses
{
    /// <summary>The deserialized wire model, or null for 404.</summary>
    /// <param name="call">The Refit call, already started.</param>
    /// <param name="source">Words the failures.</param>
    public static async Task<T?> ContentOrNullAsync<T>(Task<IApiResponse<T>> call, RemoteSource source)
        where T : class
    {
        using var response = await call;
        var body = (response.Error as ApiException)?.Content;
        if (IsNotFound(response, source, body))
        {
            return null;
        }

        return response.Content
            ?? throw source.Failed($"{Request(response)} answered an empty body.", response.StatusCode, RequestPath(response));
    }

    /// <summary>
    /// For resources stored verbatim: the Refit method returns the body as a string (Refit hands it over untouched)
    /// and it is read here with the API's generated metadata. Null for 404.
    /// </summary>
    /// <param name="typeInfo">From the API's source-generated JSON context.</param>
    public static async Task<Fetched<T>?> VerbatimOrNullAsync<T>(Task<IApiResponse<string>> call, JsonTypeInfo<T> typeInfo, RemoteSource source)
        where T : class
    {
        using var response = await call;
        var body = response.Content ?? (response.Error as ApiException)?.Content ?? string.Empty;
        if (IsNotFound(response, source, body))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(body, typeInfo) is { } value
                ? new Fetched<T>(value, body)
                : throw source.Failed($"{Request(response)} answered JSON null.", response.StatusCode, RequestPath(response));
        }
        catch (JsonException ex)
        {
            throw Malformed(response, source, body, ex);
        }
    }

    /// <summary>True for 404, false for a usable answer; throws the source's exception for everything else.</summary>
    private static bool IsNotFound(IApiResponse response, RemoteSource source, string? body)
    {
        var path = RequestPath(response);
        if (response.Error is ApiRequestException { InnerException: (FatalRemoteException or TimeBudgetExhaustedException) and var verdict })
        {
            // Refit wraps whatever the handler throws; the handler's verdicts (the breaker's, a rejected key, the spent
            // time budget) must reach the stage as they are, not as a failure of this request.
            ExceptionDispatchInfo.Throw(verdict);
        }

        if (response.Error is ApiRequestException || response.StatusCode is not { } status)
        {
            throw NoAnswer(response.Error, source, Request(response), path);
        }

        switch (status)
        {
            case HttpStatusCode.NotFound:
                return true;
            case HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden:
                throw source.AuthenticationFailed(status, Request(response));
        }

        if (!response.IsSuccessStatusCode)
        {
            var text = body is null ? null : source.ErrorMessage(body) ?? body;
            throw source.Failed($"{Request(response)} answered {(int)status} {response.ReasonPhrase}: {Excerpt(text)}", status, path);
        }

        if (JsonBody.NonJsonMediaType(response.ContentHeaders) is { } mediaType)
        {
            throw source.Failed($"{Request(response)} answered {mediaType} instead of JSON: {Excerpt(body)}", response.StatusCode, path);
        }

        return response.Error switch
        {
            null => false,
            { InnerException: JsonException json } => throw Malformed(response, source, body, json),
            var error => throw source.Failed($"{Request(response)} answered an unreadable body: {error.Message}", response.StatusCode, path, error),
        };
    }

    /// <summary>No answer: the caller's own cancellation never gets here (Refit rethrows it), so a cancellation is a timeout.</summary>
    private static RemoteApiException NoAnswer(Exception? unanswered, RemoteSource source, string request, string path) =>
        unanswered?.InnerException switch
        {
            OperationCanceledException timeout => source.Failed($"{request} timed out.", null, path, timeout),
            { } cause => source.Failed($"{request} failed: {cause.Message}", null, path, cause),
            null => source.Failed($"{request} failed: {unanswered?.Message ?? "no answer"}", null, path, unanswered),
        };

    private static RemoteApiException Malformed(IApiResponse response, RemoteSource source, string? body, JsonException error) =>
        source.Failed($"{Request(response)} answered malformed JSON ({error.Message}): {Excerpt(body)}", response.StatusCode, RequestPath(response), error);

    private static string Request(IApiResponse response) => $"{response.RequestMessage?.Method ?? HttpMethod.Get} {RequestPath(response)}";

    /// <summary>Path and query as sent (after the base address, path prefix included).</summary>
    private static string RequestPath(IApiResponse response) => response.RequestMessage?.RequestUri switch
    {
        { IsAbsoluteUri: true } uri => uri.PathAndQuery,
        { } relative => relative.OriginalString,
        null => "(unknown request)",
    };

    private static string Excerpt(string? text)
    {
        var flat = string.Join(' ', (text ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= 160 ? flat : flat[..160] + "…";
    }
}
