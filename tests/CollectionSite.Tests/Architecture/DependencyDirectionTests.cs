using CollectionSite.Configuration;
using NetArchTest.Rules;

namespace CollectionSite.Tests.Architecture;

/// <summary>
/// The dependency direction of the one executable, checked over its compiled types: clients know no storage or
/// rendering, storage holds domain records and knows no rendering or clients, artwork (downloads, originals,
/// renditions) knows no rendering, pipeline or stages (rendering reads its results), the imaging backend
/// (Artwork.Imaging) knows nothing else of the application, the admin UI reaches clients and stages only through Hosting, stages are registered only in Hosting, and the pipeline
/// core knows no concrete stage (it knows the clients' failure types, which say whether
/// a failure ends the run). Statistics (the one computation behind `stats` and /stats/) reads Storage and Domain only;
/// Rendering and the CLI read it.
/// </summary>
public sealed class DependencyDirectionTests
{
    private const string Root = "CollectionSite";

    [TestCase("Storage", new[] { "Rendering", "Clients", "Matching", "Stages", "Hosting", "Cli", "Admin", "Export", "Statistics" })]
    [TestCase("Clients", new[] { "Storage", "Rendering", "Stages", "Pipeline", "Hosting", "Cli", "Admin", "Export", "Statistics" })]
    [TestCase("Domain", new[] { "Storage", "Rendering", "Clients", "Stages", "Pipeline", "Hosting", "Cli", "Configuration", "Admin", "Export", "Statistics" })]
    [TestCase("Pipeline", new[] { "Stages", "Rendering", "Hosting", "Cli", "Admin", "Export", "Statistics" })]
    [TestCase("Statistics", new[] { "Rendering", "Clients", "Matching", "Stages", "Pipeline", "Artwork", "Hosting", "Cli", "Configuration", "Admin", "Export" })]
    [TestCase("Rendering", new[] { "Clients", "Matching", "Stages", "Hosting", "Cli", "Admin", "Export" })]
    [TestCase("Artwork", new[] { "Rendering", "Stages", "Pipeline", "Hosting", "Cli", "Admin", "Export", "Statistics" })]
    [TestCase("Artwork.Imaging", new[] { "Storage", "Rendering", "Clients", "Stages", "Pipeline", "Hosting", "Cli", "Configuration", "Domain", "Admin" })]
    [TestCase("Configuration", new[] { "Storage", "Rendering", "Clients", "Stages", "Pipeline", "Hosting", "Cli", "Admin", "Export" })]
    [TestCase("Export", new[] { "Clients", "Matching", "Stages", "Pipeline", "Hosting", "Cli", "Admin" })]
    // Address classification (SSRF guard) under both the clients and the admin UI: it knows nothing of the application.
    [TestCase("Net", new[] { "Storage", "Rendering", "Clients", "Stages", "Pipeline", "Hosting", "Cli", "Configuration", "Domain", "Admin", "Artwork", "Matching", "Export", "Statistics" })]
    // What a local file-system failure is (disk full, read-only), under artwork, the site writer and the run lock alike.
    [TestCase("Disk", new[] { "Storage", "Rendering", "Clients", "Stages", "Pipeline", "Hosting", "Cli", "Configuration", "Domain", "Admin", "Artwork", "Matching", "Export", "Statistics", "Net" })]
    [TestCase("Matching", new[] { "Storage", "Rendering", "Stages", "Pipeline", "Hosting", "Cli", "Admin", "Export", "Statistics" })]
    // The admin UI is a front end like the CLI: it composes through Hosting and edits through Storage, never a client or a stage directly.
    [TestCase("Admin", new[] { "Stages", "Clients", "Matching", "Cli" })]
    // What `override`, `match show` and the admin share (parsing an override, reporting the decisions): below both front ends.
    [TestCase("Corrections", new[] { "Cli", "Admin", "Stages", "Clients", "Rendering" })]
    public void Namespace_DependsOnlyDownwards(string layer, string[] forbidden)
    {
        var result = Types.InAssembly(typeof(AppSettings).Assembly)
            .That().ResideInNamespace($"{Root}.{layer}")
            .ShouldNot().HaveDependencyOnAny([.. forbidden.Select(name => $"{Root}.{name}")])
            .GetResult();

        Assert.That(result.IsSuccessful, Is.True, Describe(result));
    }

    [Test]
    public void Stages_AreReferencedOnlyByStagesAndHosting()
    {
        var result = Types.InAssembly(typeof(AppSettings).Assembly)
            .That().DoNotResideInNamespace($"{Root}.Stages")
            .And().DoNotResideInNamespace($"{Root}.Hosting")
            .ShouldNot().HaveDependencyOnAny($"{Root}.Stages")
            .GetResult();

        Assert.That(result.IsSuccessful, Is.True, Describe(result));
    }

    [Test]
    public void Rule_WhenViolated_Fails()
    {
        // Guards the guard: a rule the code base breaks on purpose must fail, or the tests above prove nothing.
        var result = Types.InAssembly(typeof(AppSettings).Assembly)
            .That().ResideInNamespace($"{Root}.Hosting")
            .ShouldNot().HaveDependencyOnAny($"{Root}.Stages")
            .GetResult();

        Assert.That(result.IsSuccessful, Is.False);
    }

    private static string Describe(TestResult result) =>
        string.Join("; ", (result.FailingTypes ?? []).Select(type => $"{type.FullName}: {type.Explanation}"));
}
