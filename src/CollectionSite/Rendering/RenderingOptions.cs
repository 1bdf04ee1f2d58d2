namespace CollectionSite.Rendering;

/// <summary>Where the site is rendered and which templates render it.</summary>
public sealed record RenderingOptions
{
    /// <summary>The Hugo site root: pages go to its content/ folder.</summary>
    public required string OutputDirectory { get; init; }

    /// <summary>The folder holding album.md.sbn and artist.md.sbn (any subset: the rest come from the bundled set); by default the templates shipped beside the executable.</summary>
    public string TemplatesDirectory { get; init; } = DefaultTemplatesDirectory;

    /// <summary>Files compared and recorded per database transaction; smaller batches lose less work to a kill.</summary>
    public int WriteBatchSize { get; init; } = 256;

    /// <summary>What every change to the site folder goes through; the real file system except in fault tests.</summary>
    public Output.ISiteFileSystem Files { get; init; } = Output.SiteFileSystem.Real;

    public static string DefaultTemplatesDirectory => Path.Combine(AppContext.BaseDirectory, "templates");

    /// <summary>The templates folder the settings choose: Paths:Templates, else the bundled one.</summary>
    public static string TemplatesFor(Configuration.PathSettings paths) => paths.Templates ?? DefaultTemplatesDirectory;
}
