namespace CollectionSite.Rendering.Templates;

/// <summary>
/// Templates were Handlebars (".hbs") before Scriban. A user's folder that still holds only the old file would
/// otherwise fall back to the bundled template without a word, dropping their changes from every page.
/// </summary>
internal static class LegacyTemplates
{
    /// <summary>Throws a one-line <see cref="TemplateException"/> saying how to move on when the user's folder has "x.md.hbs" but no "x.md.sbn".</summary>
    public static void ThrowIfUnconverted(TemplateFolders folders, string name)
    {
        var old = Path.Combine(folders.User, Path.ChangeExtension(name, ".hbs"));
        if (old != Path.Combine(folders.User, name) && File.Exists(old) && !File.Exists(Path.Combine(folders.User, name)))
        {
            throw new TemplateException(old, null, null,
                $"Handlebars templates are no longer read. Copy the new default {Path.Combine(folders.Bundled, name)} into {folders.User}, "
                + $"redo your changes in it (Scriban; see README \"Customising templates\"), then delete {Path.GetFileName(old)}.");
        }
    }
}
