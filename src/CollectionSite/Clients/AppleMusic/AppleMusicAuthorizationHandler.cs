using System.Net.Http.Headers;

namespace CollectionSite.Clients.AppleMusic;

/// <summary>
/// Puts the developer token on every attempt. It sits under the resilient handler, so a retry made after the token
/// was renewed carries the new one.
/// </summary>
internal sealed class AppleMusicAuthorizationHandler(AppleMusicDeveloperToken token) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Current());
        return base.SendAsync(request, cancellationToken);
    }
}
