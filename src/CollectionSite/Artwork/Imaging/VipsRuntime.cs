using NetVips;

namespace CollectionSite.Artwork.Imaging;

/// <summary>
/// Process-wide libvips set-up, done once before the first image: the operation cache off, every file loader
/// blocked except the ones we decode, and libvips' warnings kept off the console. These settings are global to
/// libvips, which is why they live here and not in a processor instance.
/// </summary>
internal static class VipsRuntime
{
    /// <summary>
    /// libvips loader classes left enabled. Blocking a class blocks its file, buffer and source variants too; GIF's
    /// loader is named after libnsgif.
    /// </summary>
    private static readonly string[] TrustedLoaders = ["VipsForeignLoadJpeg", "VipsForeignLoadPng", "VipsForeignLoadWebp", "VipsForeignLoadNsgif", "VipsForeignLoadTiff"];

    private const int MinimumMajor = 8;
    private const int MinimumMinor = 15;

    private static readonly Lazy<string> Version = new(Initialise, LazyThreadSafetyMode.ExecutionAndPublication);

    // Held in a field: libvips calls it from native code, so the delegate must outlive every call.
    private static readonly Log.LogDelegate DropWarning = (_, _, _) => { };

    /// <summary>The loaded libvips' version ("8.18.7"); initialises libvips on first use.</summary>
    /// <exception cref="InvalidOperationException">libvips could not be loaded (no native package for this platform).</exception>
    public static string EnsureInitialised() => Version.Value;

    private static string Initialise()
    {
        if (!ModuleInitializer.VipsInitialized)
        {
            throw new InvalidOperationException(
                $"libvips could not be loaded ({ModuleInitializer.Exception?.Message ?? "unknown reason"}). CollectionSite ships libvips for Linux x64/arm64 and macOS x64/arm64; on another platform install libvips 8.15 or later.",
                ModuleInitializer.Exception);
        }

        // Without the bundled native library for this platform, .NET falls back to a system libvips (Debian 12
        // ships 8.14): too old for the metadata options and loader blocking these guards rely on.
        if (!NetVips.NetVips.AtLeastLibvips(MinimumMajor, MinimumMinor))
        {
            throw new InvalidOperationException(
                $"libvips {VersionText()} was loaded (from the system), but CollectionSite needs {MinimumMajor}.{MinimumMinor} or later. The bundled libvips is for Linux x64/arm64 and macOS x64/arm64; on another platform install a newer libvips.");
        }

        // The cache keys operations by their arguments and keeps results alive: useless for one-pass renditions
        // and a memory leak across thousands of covers, and it would keep a file open after it was replaced.
        Cache.Max = 0;
        Cache.MaxFiles = 0;
        Cache.MaxMem = 0;

        // Only our loaders may see untrusted bytes: libvips otherwise picks a loader by sniffing and would hand an
        // SVG, a MATLAB file or a .v file with arbitrary offsets to parsers we never meant to expose.
        NetVips.NetVips.BlockUntrusted = true;
        Operation.Block("VipsForeignLoad", true);
        foreach (var loader in TrustedLoaders)
        {
            Operation.Block(loader, false);
        }

        // Decode problems come back as exceptions carrying the same text (fail_on=truncated turns the warnings
        // that matter into errors); printed warnings would only scramble the console of a run.
        Log.SetLogHandler("VIPS", Enums.LogLevelFlags.Warning, DropWarning);

        return VersionText();
    }

    private static string VersionText() => $"{NetVips.NetVips.Version(0)}.{NetVips.NetVips.Version(1)}.{NetVips.NetVips.Version(2)}";
}
