using CollectionSite.Artwork.Imaging;

namespace CollectionSite.Artwork;

/// <summary>
/// The artwork folder in the state folder: originals/ab/&lt;sha256&gt;.&lt;ext&gt; (content-addressed, never hot-linked),
/// renditions/ab/&lt;key&gt;.&lt;ext&gt; (the resized files, copied into the page bundles) and tmp/ (downloads in flight).
/// The two-character folders keep any one folder small.
/// </summary>
public sealed class ArtworkPaths(string stateDirectory)
{
    public string Root { get; } = Path.GetFullPath(Path.Combine(stateDirectory, "artwork"));

    public string Originals => Path.Combine(Root, "originals");

    public string Renditions => Path.Combine(Root, "renditions");

    public string Temp => Path.Combine(Root, "tmp");

    /// <summary>Covers and artist images the collector uploaded (admin UI), content-addressed like the originals. An artwork
    /// override names one by its absolute path; `artwork --gc` leaves this folder alone.</summary>
    public string Uploads => Path.Combine(Root, "uploads");

    public string Upload(string sha256, string format) => Path.Combine(Uploads, sha256[..2], $"{sha256}.{Extension(format)}");

    /// <summary>The file extension for a format from the magic bytes: jpeg → "jpg", tiff → "tif", others as named.</summary>
    public static string Extension(string format) => format switch
    {
        "jpeg" => "jpg",
        "tiff" => "tif",
        _ => format,
    };

    public string Original(string sha256, string format) => Path.Combine(Originals, sha256[..2], $"{sha256}.{Extension(format)}");

    public string Rendition(string key, string format) => Path.Combine(Renditions, key[..2], $"{key}.{Extension(format)}");

    /// <summary>A fresh path in tmp/ for a download in flight.</summary>
    public string NewTempFile()
    {
        Directory.CreateDirectory(Temp);
        return Path.Combine(Temp, Guid.NewGuid().ToString("N"));
    }

    /// <summary>
    /// Deletes what a killed run left in flight: every download in tmp/ and every rendition temporary
    /// (".name.guid" + <see cref="NetVipsImageProcessor.TemporaryFileSuffix"/>) under renditions/. Called when an artwork
    /// stage starts, before any work of its own is in flight (a run holds the state folder alone). Finished files stay.
    /// </summary>
    /// <returns>How many files were deleted.</returns>
    public int DeleteTemporaries()
    {
        var stale = new List<string>();
        if (Directory.Exists(Temp))
        {
            stale.AddRange(Directory.EnumerateFiles(Temp, "*", SearchOption.AllDirectories));
        }

        if (Directory.Exists(Renditions))
        {
            stale.AddRange(Directory.EnumerateFiles(Renditions, "*" + NetVipsImageProcessor.TemporaryFileSuffix, SearchOption.AllDirectories));
        }

        foreach (var path in stale)
        {
            File.Delete(path);
        }

        return stale.Count;
    }
}
