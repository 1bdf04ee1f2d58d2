using System.Text;
using CollectionSite.Configuration;

namespace CollectionSite.Rendering.Skeleton;

/// <summary>
/// Installs and upgrades the Hugo site skeleton (hugo.toml, layouts, CSS, JS) in the site root. A missing file is
/// installed; a file still as an earlier CollectionSite installed it (<see cref="ThemeManifest"/>) is replaced by this
/// version's, and one this version no longer ships is deleted; any other file is the user's and is never touched.
/// Deleting a file brings the shipped copy back. Killed anywhere, the next run finishes the job: a replaced file that
/// equals the shipped one is simply recorded.
/// </summary>
public sealed class SiteSkeleton(SiteSkeletonOptions options, AppSettings settings)
{
    /// <summary>The Hugo configuration file, the only file with placeholders.</summary>
    public const string ConfigFileName = "hugo.toml";

    /// <summary>Stands between the double quotes of the shipped hugo.toml's title; replaced by the configured title.</summary>
    public const string TitlePlaceholder = "@@SITE_TITLE@@";

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public SiteSkeletonOptions Options => options;

    /// <exception cref="DirectoryNotFoundException">The skeleton folder is missing (a broken installation).</exception>
    public async Task<SkeletonInstallResult> InstallAsync(CancellationToken cancellationToken)
    {
        var source = Path.GetFullPath(options.SkeletonDirectory);
        if (!Directory.Exists(source))
        {
            throw new DirectoryNotFoundException($"The site skeleton folder {source} does not exist.");
        }

        var target = Path.GetFullPath(options.OutputDirectory);
        var manifest = await ThemeManifest.LoadAsync(target, cancellationToken);
        var outcome = new SkeletonOutcome();
        var shipped = Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(source, file))
            .Order(StringComparer.Ordinal)
            .ToList();
        foreach (var relative in shipped)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var sitePath = relative.Replace(Path.DirectorySeparatorChar, '/');
            try
            {
                var content = await ReadAsync(Path.Combine(source, relative), sitePath, cancellationToken);
                outcome.Add(await InstallFileAsync(target, Path.Combine(target, relative), sitePath, content, manifest, cancellationToken), sitePath);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                outcome.Failed.Add(new SkeletonFileFailure(sitePath, ex.Message));
            }
        }

        RemoveUnshipped(target, shipped.Select(p => p.Replace(Path.DirectorySeparatorChar, '/')).ToHashSet(StringComparer.Ordinal), manifest, outcome);
        await manifest.SaveAsync(cancellationToken);
        return outcome.ToResult();
    }

    private static async Task<SkeletonFileState> InstallFileAsync(string target, string destination, string sitePath, byte[] content, ThemeManifest manifest, CancellationToken cancellationToken)
    {
        var hash = ThemeManifest.Hash(content);
        if (!File.Exists(destination))
        {
            if (!await WriteAsync(target, destination, content, overwrite: false, cancellationToken))
            {
                // Someone created it between the check and the write: it is theirs now.
                return SkeletonFileState.Kept;
            }

            manifest.Record(sitePath, hash);
            return SkeletonFileState.Installed;
        }

        var existing = ThemeManifest.Hash(await File.ReadAllBytesAsync(destination, cancellationToken));
        if (existing == hash)
        {
            manifest.Record(sitePath, hash);
            return SkeletonFileState.Current;
        }

        if (!manifest.IsAsInstalled(sitePath, existing))
        {
            return SkeletonFileState.Kept;
        }

        await WriteAsync(target, destination, content, overwrite: true, cancellationToken);
        manifest.Record(sitePath, hash);
        return SkeletonFileState.Updated;
    }

    /// <summary>Deletes files an earlier version installed and this one no longer ships, while they are unedited.</summary>
    private static void RemoveUnshipped(string target, HashSet<string> shipped, ThemeManifest manifest, SkeletonOutcome outcome)
    {
        foreach (var sitePath in manifest.Paths.Where(p => !shipped.Contains(p)).ToList())
        {
            var file = Path.Combine(target, sitePath);
            try
            {
                if (File.Exists(file) && manifest.IsAsInstalled(sitePath, ThemeManifest.Hash(File.ReadAllBytes(file))))
                {
                    File.Delete(file);
                    outcome.Removed.Add(sitePath);
                }

                manifest.Forget(sitePath);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                outcome.Failed.Add(new SkeletonFileFailure(sitePath, ex.Message));
            }
        }
    }

    private async Task<byte[]> ReadAsync(string path, string sitePath, CancellationToken cancellationToken)
    {
        var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        if (sitePath != ConfigFileName)
        {
            return bytes;
        }

        var text = Utf8NoBom.GetString(bytes).Replace(TitlePlaceholder, TomlString.EscapeBasic(settings.Site.Title), StringComparison.Ordinal);
        return Utf8NoBom.GetBytes(text);
    }

    /// <summary>Writes into the site's temp folder, then moves into place: an interrupted copy never leaves a half-written
    /// file that later runs would keep as the user's, and a killed run's temporary is swept by the next render, never
    /// left among the layouts. False when <paramref name="overwrite"/> is off and a file appeared.</summary>
    private static async Task<bool> WriteAsync(string siteRoot, string destination, byte[] content, bool overwrite, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
        var temporary = ThemeManifest.NewTemporary(siteRoot);
        try
        {
            await File.WriteAllBytesAsync(temporary, content, cancellationToken);
            File.Move(temporary, destination, overwrite);
            return true;
        }
        catch (IOException) when (!overwrite && File.Exists(destination))
        {
            return false;
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
