using System.Net;
using System.Text;
using CollectionSite.Clients.Http;
using CollectionSite.Clients.Spotify.Models;
using CollectionSite.Configuration;
using Refit;

namespace CollectionSite.Clients.Spotify;

/// <summary>
/// The app's client-credentials access token (<c>POST {Spotify:AccountsBaseUrl}/api/token</c>, Basic auth with the
/// client id and secret, <c>grant_type=client_credentials</c>). One token is shared by every request until a minute
/// before <c>expires_in</c> runs out; after a 401 it is renewed once for all the requests that saw it fail. Every
/// token, and the Basic credential, is handed to the <see cref="SecretRedactor"/>.
/// Errors: <c>invalid_client</c> (400), 401 or 403 → <see cref="SpotifyAuthenticationException"/>; anything else
/// unusable → <see cref="RemoteApiException"/>.
/// </summary>
internal sealed class SpotifyAccessToken : IDisposable
{
    /// <summary>A token this close to expiry is replaced, so no request carries one that expires on the way.</summary>
    public static readonly TimeSpan ExpiryMargin = TimeSpan.FromSeconds(60);

    private static readonly Dictionary<string, string> Form = new() { ["grant_type"] = "client_credentials" };

    private readonly ISpotifyAccountsWireApi accounts;
    private readonly TimeProvider time;
    private readonly SecretRedactor redactor;
    private readonly string basic;
    private readonly SemaphoreSlim gate = new(1, 1);
    private string? token;
    private DateTimeOffset renewAt;

    public SpotifyAccessToken(ISpotifyAccountsWireApi accounts, SpotifySettings settings, TimeProvider time, SecretRedactor redactor)
    {
        this.accounts = accounts;
        this.time = time;
        var clientId = settings.ClientId ?? throw new ConfigurationException("Spotify:ClientId is missing. Set it to the Client ID of your app at developer.spotify.com.");
        var secret = settings.ClientSecret ?? throw new ConfigurationException("Spotify:ClientSecret is missing. Set it in secrets.json or COLLECTIONSITE_Spotify__ClientSecret.");
        basic = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{clientId}:{secret}"));
        this.redactor = redactor;
        redactor.Add(basic["Basic ".Length..]);
    }

    /// <summary>The current token, fetched first when there is none or it is about to expire.</summary>
    public async Task<string> GetAsync(CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            return token is not null && time.GetUtcNow() < renewAt ? token : await FetchAsync(cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>After a 401 with <paramref name="rejected"/>: a new token, unless a request that failed at the same time already got one.</summary>
    public async Task<string> RenewAsync(string rejected, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            return token is not null && token != rejected ? token : await FetchAsync(cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose() => gate.Dispose();

    private async Task<string> FetchAsync(CancellationToken cancellationToken)
    {
        var response = await accounts.RequestTokenAsync(basic, Form, cancellationToken);
        if (response.StatusCode == HttpStatusCode.BadRequest
            && SpotifyAccountsSource.Instance.ErrorMessage((response.Error as ApiException)?.Content ?? string.Empty) is { } problem
            && problem.StartsWith("invalid_client", StringComparison.Ordinal))
        {
            response.Dispose();
            throw new SpotifyAuthenticationException(
                HttpStatusCode.BadRequest, $"Spotify refused the app's client credentials ({problem}) on POST /api/token. {SpotifySource.CredentialsFix}");
        }

        var fetched = await ApiResponses.VerbatimOrNullAsync(Task.FromResult(response), SpotifyJsonContext.Default.TokenDto, SpotifyAccountsSource.Instance)
            ?? throw new RemoteApiException(SpotifySource.ServiceName, "POST /api/token answered 404: check Spotify:AccountsBaseUrl.", HttpStatusCode.NotFound, "/api/token");
        if (fetched.Value is not { AccessToken: { Length: > 0 } accessToken } dto
            || !string.Equals(dto.TokenType, "bearer", StringComparison.OrdinalIgnoreCase))
        {
            throw new RemoteApiException(SpotifySource.ServiceName, "POST /api/token answered without a bearer access_token.", HttpStatusCode.OK, "/api/token");
        }

        redactor.Add(accessToken);
        var lifetime = TimeSpan.FromSeconds(dto.ExpiresIn is > 0 and var seconds ? seconds : 3600);
        renewAt = time.GetUtcNow() + (lifetime > 2 * ExpiryMargin ? lifetime - ExpiryMargin : lifetime / 2);
        token = accessToken;
        return accessToken;
    }
}
