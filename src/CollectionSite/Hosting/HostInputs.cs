using CollectionSite.Artwork.Imaging;
using CollectionSite.Clients.AppleMusic;
using CollectionSite.Clients.Discogs;
using CollectionSite.Clients.Http;
using CollectionSite.Clients.Spotify;
using CollectionSite.Clients.Wikidata;
using CollectionSite.Clients.Wikipedia;
using CollectionSite.Configuration;
using Microsoft.Extensions.Logging;

namespace CollectionSite.Hosting;

/// <summary>What the composition needs from outside the container: validated settings, the clock and logging.</summary>
/// <param name="Demo">Offline: the bundled sample collection replaces the Discogs API, with its own state folder.</param>
/// <param name="DiscogsPolicy">Replaces the Discogs rate/retry policy (tests scale the window down).</param>
/// <param name="DemoDataDirectory">Where the demo data is; defaults to the copy beside the executable.</param>
/// <param name="Discogs">Replaces the Discogs API entirely (in-memory fakes in tests).</param>
/// <param name="ImageProcessor">Replaces the image backend (tests count or fake its calls).</param>
/// <param name="AddressGuard">Replaces the connect-time guard of override image downloads (tests resolve names to
/// loopback, or allow internal addresses for fakes on 127.0.0.1); <see cref="PublicAddressGuard.Default"/> otherwise.</param>
/// <param name="Redactor">Masks secrets in logs and output; a client that mints a token adds it here. Defaults to the settings' secrets.</param>
/// <param name="EnrichmentApis">Replaces enrichment APIs (in-memory fakes in tests); a replaced source counts as configured.</param>
/// <param name="EnrichmentClients">Policies and HTTP hooks of the real enrichment clients (stub handlers in tests).</param>
public sealed record HostInputs(
    AppSettings Settings,
    TimeProvider Time,
    ILoggerFactory LoggerFactory,
    bool Demo = false,
    HttpPolicyOptions? DiscogsPolicy = null,
    string? DemoDataDirectory = null,
    IDiscogsApi? Discogs = null,
    SecretRedactor? Redactor = null,
    EnrichmentApis? EnrichmentApis = null,
    EnrichmentClients? EnrichmentClients = null,
    IImageProcessor? ImageProcessor = null,
    PublicAddressGuard? AddressGuard = null)
{
    /// <summary>Diagnostics (`doctor`): every HTTP client makes one short attempt, without retries (<see cref="ProbePolicy"/>).</summary>
    public bool Probe { get; init; }
}

/// <summary>In-memory replacements for the enrichment APIs; null members keep the configured client (or none).</summary>
public sealed record EnrichmentApis(IAppleMusicApi? AppleMusic = null, ISpotifyApi? Spotify = null, IWikipediaApi? Wikipedia = null, IWikidataApi? Wikidata = null);
