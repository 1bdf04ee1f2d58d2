namespace CollectionSite.Rendering.Templates;

/// <summary>
/// Where templates come from: the user's folder first, then the bundled one (a user's folder may hold only the
/// templates they changed). Names are relative paths; nothing outside the two folders is ever resolved.
/// </summary>
/// <param name="User">The configured templates folder (the bundled one when none is configured).</param>
/// <param name="Bundled">The templates shipped beside the executable.</param>
internal sealed record TemplateFolders(string User, string Bundled)
{
    /// <summary>
    /// The full path of <paramref name="name"/> in the user's folder when it is there, else in the bundled folder
    /// when it is there, else in the user's folder (so "does not exist" names the file people would create).
    /// Null when the name is rooted or climbs out of the folder (e.g. "../secrets.json").
    /// </summary>
    public string? Resolve(string name)
    {
        var user = Inside(User, name);
        var bundled = Inside(Bundled, name);
        if (user is null || bundled is null)
        {
            return null;
        }

        return File.Exists(user) || !File.Exists(bundled) ? user : bundled;
    }

    /// <summary>A template's text with line endings normalized, so output bytes do not depend on the checkout.</summary>
    public static string Read(string path) => File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);

    private static string? Inside(string folder, string name)
    {
        if (name.Length == 0 || Path.IsPathRooted(name))
        {
            return null;
        }

        var root = Path.GetFullPath(folder);
        var path = Path.GetFullPath(Path.Combine(root, name));
        return path.StartsWith(Path.TrimEndingDirectorySeparator(root) + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? path : null;
    }
}
