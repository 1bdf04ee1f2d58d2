namespace CollectionSite.Bench;

/// <summary>The command line of a benchmark mode: "--name value" options and bare flags.</summary>
internal sealed class BenchArguments(string[] args)
{
    /// <summary>The first argument, unless it is an option: "" (the table) when none is given, "help" for --help or -h.</summary>
    public string Mode => args.FirstOrDefault() is { } first && !first.StartsWith('-') ? first : Has("--help") || Has("-h") ? "help" : "";

    public IReadOnlyList<string> All => args;

    public string? Option(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;

    public bool Has(string flag) => args.Contains(flag);

    /// <summary>The folder holding CollectionSite.sln, or the current folder when the bench runs elsewhere.</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CollectionSite.sln")))
            {
                return dir.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
