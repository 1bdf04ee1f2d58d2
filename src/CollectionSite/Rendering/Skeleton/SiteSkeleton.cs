using System.Text;
using CollectionSite.Configuration;

namespace CollectionSite.Rendering.Skeleton;

/// <summary>
/// Installs the Hugo site skeleton (hugo.toml, layouts, CSS) into the site root. A file that exists is the user's:
/// it is never overwritten, even when it differs from the shipped one. Deleting a file brings the shipped copy back.
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
        List<string> installed = [], kept = [];
        List<SkeletonFileFailure> failed = [];
        var relativePaths = Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(source, file))
            .Order(StringComparer.Ordinal);
        foreach (var relative in relativePaths)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var sitePath = relative.Replace(Path.DirectorySeparatorChar, '/');
            var destination = Path.Combine(target, relative);
            if (File.Exists(destination))
            {
                kept.Add(sitePath);
                continue;
            }

            try
            {
                var content = await ReadAsync(Path.Combine(source, relative), sitePath, cancellationToken);
                await WriteNewAsync(destination, content, cancellationToken);
                installed.Add(sitePath);
            }
            catch (IOException) when (File.Exists(destination))
            {
                // Someone created it between the check and the write: it is theirs now.
                kept.Add(sitePath);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                failed.Add(new SkeletonFileFailure(sitePath, ex.Message));
            }
        }

        return new SkeletonInstallResult(installed, kept, failed);
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

    /// <summary>Writes beside the destination, then moves into place without overwriting: an interrupted copy never
    /// leaves a half-written file that later runs would keep as the user's.</summary>
    private static async Task WriteNewAsync(string destination, byte[] content, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
        var temporary = $"{destination}.{Guid.NewGuid():N}.tmp";
        try
        {
            await File.WriteAllBytesAsync(temporary, content, cancellationToken);
            File.Move(temporary, destination, overwrite: false);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
