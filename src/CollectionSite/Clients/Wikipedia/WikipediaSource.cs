using System.Net;
using System.Text.Json;
using CollectionSite.Clients.Http;
using CollectionSite.Clients.Wikipedia.Models;

namespace CollectionSite.Clients.Wikipedia;

/// <summary>
/// How Wikimedia failures read (Wikipedia and Wikidata): a 401/403 means the client itself is refused (Wikimedia blocks
/// User-Agents without contact information), so it is fatal for the source; REST problem bodies and Action API errors.
/// </summary>
internal sealed class WikipediaSource(string name) : RemoteSource(name)
{
    public const string ServiceName = "Wikipedia";

    public static WikipediaSource Instance { get; } = new(ServiceName);

    public override RemoteAuthenticationException AuthenticationFailed(HttpStatusCode statusCode, string request) => new(
        Name,
        statusCode,
        $"{Name} refused the request ({(int)statusCode} {statusCode}) on {request}. Wikimedia blocks clients whose User-Agent breaks its policy: "
        + "check that Wikipedia:Contact is an e-mail address or URL where you can be reached, and see https://foundation.wikimedia.org/wiki/Policy:User-Agent_policy.");

    public override string? ErrorMessage(string body)
    {
        try
        {
            return JsonSerializer.Deserialize(body, WikipediaJsonContext.Default.ProblemDto) switch
            {
                { Error: { } error } => $"{error.Code}: {error.Info}",
                { } problem => problem.Detail ?? problem.Title,
                null => null,
            };
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
