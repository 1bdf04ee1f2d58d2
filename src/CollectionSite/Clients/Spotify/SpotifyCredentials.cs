namespace CollectionSite.Clients.Spotify;

/// <summary>
/// The client-credentials token request on its own (<c>POST {Spotify:AccountsBaseUrl}/api/token</c>), for `doctor`: one
/// cheap call that proves Spotify:ClientId and Spotify:ClientSecret are accepted. The token it gets is masked like every other.
/// </summary>
public sealed class SpotifyCredentials
{
    private readonly SpotifyAccessToken token;

    internal SpotifyCredentials(SpotifyAccessToken token) => this.token = token;

    /// <exception cref="SpotifyAuthenticationException">Spotify rejected the client id or secret (400 invalid_client, 401, 403).</exception>
    /// <exception cref="Http.RemoteApiException">Any other unusable answer.</exception>
    public async Task VerifyAsync(CancellationToken cancellationToken) => _ = await token.GetAsync(cancellationToken);
}
