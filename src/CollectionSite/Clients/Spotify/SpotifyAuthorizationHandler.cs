using System.Net;
using System.Net.Http.Headers;

namespace CollectionSite.Clients.Spotify;

/// <summary>
/// Puts the access token on each request and, when the API answers 401 (a token revoked or expired early), renews it
/// once and repeats the request; a second 401 goes back to the client, which reports it as fatal. It sits outside the
/// resilient handler, so the token request never counts against an API attempt's timeout and the repeat is a fresh
/// request with its own permit and retries.
/// </summary>
internal sealed class SpotifyAuthorizationHandler(SpotifyAccessToken tokens) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var token = await tokens.GetAsync(cancellationToken);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await base.SendAsync(request, cancellationToken);
        if (response.StatusCode != HttpStatusCode.Unauthorized)
        {
            return response;
        }

        response.Dispose();
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await tokens.RenewAsync(token, cancellationToken));
        return await base.SendAsync(request, cancellationToken);
    }
}
