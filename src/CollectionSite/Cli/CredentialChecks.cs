using CollectionSite.Clients.AppleMusic;
using CollectionSite.Clients.Discogs;
using CollectionSite.Clients.Http;
using CollectionSite.Clients.Spotify;
using CollectionSite.Clients.Wikipedia;
using CollectionSite.Configuration;
using CollectionSite.Hosting;
using CollectionSite.Storage;

namespace CollectionSite.Cli;

/// <summary>
/// `doctor`'s credential lines: one cheap authenticated call per configured source, through the same clients (rate
/// limit, retries, User-Agent) a build uses. Discogs: GET /oauth/identity with the token; Apple Music: the storefront
/// with the developer token; Spotify: the client-credentials token request; Wikipedia: one page summary with the
/// User-Agent contact. A source that is not configured is an OK line saying how to turn it on.
/// </summary>
public static class CredentialChecks
{
    /// <summary>
    /// How long one check may take, waiting for a permit included, before it counts as unreachable. The call itself is one
    /// attempt of at most <see cref="ProbePolicy.AttemptTimeout"/> (doctor registers <see cref="ProbePolicy"/>), so a
    /// DNS failure or a refused connection is reported at once with its cause instead of after the build's retries.
    /// </summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    public static async Task<IReadOnlyList<DoctorCheck>> RunAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var settings = context.Settings;
        var availability = context.Get<EnrichmentAvailability>();
        var checks = new List<DoctorCheck>
        {
            settings.Discogs.Token is null
                ? DoctorCheck.Fail("Discogs", "no token configured", "set Discogs:Token (a personal access token from https://www.discogs.com/settings/developers) in secrets.json")
                : await CheckAsync("Discogs", "Discogs:BaseUrl", DiscogsFix, ct => DiscogsAsync(context, ct), cancellationToken),
            settings.AppleMusic.IsConfigured
                ? await CheckAsync("Apple Music", "AppleMusic:BaseUrl", AppleFix, ct => AppleAsync(context, ct), cancellationToken)
                : Off("Apple Music", availability.NotConfigured(EnrichmentSources.AppleMusic)),
            settings.Spotify.IsConfigured
                ? await CheckAsync("Spotify", "Spotify:AccountsBaseUrl", SpotifyFix, ct => SpotifyAsync(context, ct), cancellationToken)
                : Off("Spotify", availability.NotConfigured(EnrichmentSources.Spotify)),
            settings.Wikipedia.IsConfigured
                ? await CheckAsync("Wikipedia", "Wikipedia:BaseUrl", WikipediaFix, ct => WikipediaAsync(context, ct), cancellationToken)
                : Off("Wikipedia", availability.NotConfigured(EnrichmentSources.Wikipedia)),
        };
        return checks;
    }

    private const string DiscogsFix = "create a new personal access token at https://www.discogs.com/settings/developers and set Discogs:Token in secrets.json";
    private const string AppleFix = "check AppleMusic:TeamId, AppleMusic:KeyId and the MusicKit private key (AppleMusic:PrivateKey or PrivateKeyPath) at https://developer.apple.com/account";
    private const string SpotifyFix = "check Spotify:ClientId and Spotify:ClientSecret of your app at https://developer.spotify.com/dashboard";
    private const string WikipediaFix = "set Wikipedia:Contact to your real e-mail address or site (Wikimedia blocks anonymous agents)";

    private static DoctorCheck Off(string source, string? why) => DoctorCheck.Pass(source, $"optional source {why ?? "not configured"}");

    private static async Task<DoctorCheck> CheckAsync(
        string source, string baseUrlKey, string credentialFix, Func<CancellationToken, Task<DoctorCheck>> check, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            return await check(timeout.Token);
        }
        catch (RemoteAuthenticationException ex)
        {
            return DoctorCheck.Fail(source, $"credentials rejected ({ex.Message})", credentialFix);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return DoctorCheck.Fail(source, $"no answer within {Timeout.TotalSeconds:0} s", $"check the network connection and {baseUrlKey}");
        }
        catch (Exception ex) when (NetworkCause.Describe(ex) is { } cause)
        {
            return DoctorCheck.Fail(source, cause, $"check the network connection and {baseUrlKey}, then run doctor again");
        }
        catch (Exception ex) when (ex is RemoteApiException or FatalRemoteException or HttpRequestException or ConfigurationException)
        {
            return DoctorCheck.Fail(source, $"the call failed ({ex.Message})", ex is ConfigurationException ? credentialFix : $"check the network connection and {baseUrlKey}, then run doctor again");
        }
    }

    private static async Task<DoctorCheck> DiscogsAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var identity = await context.Get<IDiscogsApi>().GetIdentityAsync(cancellationToken);
        var username = context.Settings.Discogs.Username;
        return username is null || string.Equals(identity.Username, username, StringComparison.OrdinalIgnoreCase)
            ? DoctorCheck.Pass("Discogs", $"token accepted (GET /oauth/identity: user {identity.Username})")
            : DoctorCheck.Fail("Discogs", $"the token belongs to {identity.Username}, not to Discogs:Username {username}", $"set Discogs:Username to {identity.Username}, or use a token of {username}");
    }

    private static async Task<DoctorCheck> AppleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var storefront = context.Settings.AppleMusic.Storefront;
        return await context.Get<IAppleMusicApi>().HasStorefrontAsync(cancellationToken)
            ? DoctorCheck.Pass("Apple Music", $"developer token accepted (GET /v1/storefronts/{storefront})")
            : DoctorCheck.Fail("Apple Music", $"there is no storefront '{storefront}'", "set AppleMusic:Storefront to a two-letter country code Apple Music serves, e.g. us, gb, de");
    }

    private static async Task<DoctorCheck> SpotifyAsync(CommandContext context, CancellationToken cancellationToken)
    {
        await context.Get<SpotifyCredentials>().VerifyAsync(cancellationToken);
        return DoctorCheck.Pass("Spotify", "client id and secret accepted (client-credentials token request)");
    }

    private static async Task<DoctorCheck> WikipediaAsync(CommandContext context, CancellationToken cancellationToken) =>
        await context.Get<IWikipediaApi>().GetSummaryAsync("Wikipedia", cancellationToken) is not null
            ? DoctorCheck.Pass("Wikipedia", "page summary read with your User-Agent contact")
            : DoctorCheck.Fail("Wikipedia", "the summary of the article 'Wikipedia' was not found", "check Wikipedia:BaseUrl (default https://en.wikipedia.org)");
}
