using YamlDotNet.RepresentationModel;

namespace CollectionSite.Tests.Repository;

/// <summary>A GitHub Actions workflow read as YAML: its top-level map, its jobs and each job's steps.</summary>
internal sealed class WorkflowFile
{
    private WorkflowFile(string path, YamlMappingNode root)
    {
        Path = path;
        Root = root;
    }

    public string Path { get; }

    public YamlMappingNode Root { get; }

    public IEnumerable<(string Id, YamlMappingNode Job)> Jobs =>
        Map(Root, "jobs")!.Children.Select(pair => (((YamlScalarNode)pair.Key).Value!, (YamlMappingNode)pair.Value));

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>The repository's own workflows and the examples users copy.</summary>
    public static IEnumerable<string> All() =>
        Directory.EnumerateFiles(System.IO.Path.Combine(RepositoryRoot, ".github", "workflows"), "*.yml")
            .Concat(Directory.EnumerateFiles(System.IO.Path.Combine(RepositoryRoot, "examples", "github-actions"), "*.yml"))
            .Select(file => System.IO.Path.GetRelativePath(RepositoryRoot, file))
            .Order(StringComparer.Ordinal);

    public static WorkflowFile Load(string relativePath)
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(System.IO.Path.Combine(RepositoryRoot, relativePath)))
        {
            stream.Load(reader);
        }

        return new WorkflowFile(relativePath, (YamlMappingNode)stream.Documents.Single().RootNode);
    }

    public static IReadOnlyList<YamlMappingNode> Steps(YamlMappingNode job) =>
        ((YamlSequenceNode)job.Children[new YamlScalarNode("steps")]).Children.Cast<YamlMappingNode>().ToList();

    public static YamlMappingNode? Map(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value as YamlMappingNode : null;

    public static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? (value as YamlScalarNode)?.Value : null;

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "CollectionSite.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (CollectionSite.sln) was not found above the test folder.");
    }
}
