using CollectionSite.Artwork.Imaging;
using CollectionSite.Clients.Discogs;
using CollectionSite.Clients.Http;
using CollectionSite.Configuration;
using Microsoft.Extensions.Logging;

namespace CollectionSite.Hosting;

/// <summary>What the composition needs from outside the container: validated settings, the clock and logging.</summary>
/// <param name="Demo">Offline: the bundled sample collection replaces the Discogs API, with its own state folder.</param>
/// <param name="DiscogsPolicy">Replaces the Discogs rate/retry policy (tests scale the window down).</param>
/// <param name="DemoDataDirectory">Where the demo data is; defaults to the copy beside the executable.</param>
/// <param name="Discogs">Replaces the Discogs API entirely (in-memory fakes in tests).</param>
/// <param name="ImageProcessor">Replaces the image backend (tests count or fake its calls).</param>
/// <param name="Redactor">Masks secrets in logs and output; a client that mints a token adds it here. Defaults to the settings' secrets.</param>
public sealed record HostInputs(
    AppSettings Settings,
    TimeProvider Time,
    ILoggerFactory LoggerFactory,
    bool Demo = false,
    HttpPolicyOptions? DiscogsPolicy = null,
    string? DemoDataDirectory = null,
    IDiscogsApi? Discogs = null,
    SecretRedactor? Redactor = null,
    IImageProcessor? ImageProcessor = null);
