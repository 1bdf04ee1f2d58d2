using CollectionSite.Hosting;
using CollectionSite.Rendering;
using CollectionSite.Configuration;
using CollectionSite.Pipeline;
using CollectionSite.Rendering.Skeleton;
using CollectionSite.Stages.Site;
using CollectionSite.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CollectionSite.Tests.Rendering.Skeleton;

public sealed class InstallSiteSkeletonTests
{
    private static readonly RunContext Context = new(1, "build", new RunOptions(), new DateTimeOffset(2026, 1, 15, 12, 0, 0, TimeSpan.Zero), null);

    private string output = null!;

    [SetUp]
    public void CreateOutput() => output = TestPaths.NewScratchFolder("skeleton-stage");

    [TearDown]
    public void DeleteOutput() => Directory.Delete(output, recursive: true);

    [Test]
    public async Task RunAsync_OneFileEdited_CountsInstalledAsProcessedAndKeptAsSkipped()
    {
        File.WriteAllText(Path.Combine(output, "hugo.toml"), "title = \"Mine\"\n");
        var reporter = new RecordingReporter();
        var stage = new InstallSiteSkeleton(
            SkeletonFolders.Installer(SkeletonFolders.RepositorySkeleton, output), reporter, NullLogger<InstallSiteSkeleton>.Instance);

        var result = await stage.RunAsync(Context, CancellationToken.None);

        var shipped = SkeletonFolders.RelativeFiles(SkeletonFolders.RepositorySkeleton).Count;
        Assert.Multiple(() =>
        {
            Assert.That(result, Is.EqualTo(new StageResult("Install site skeleton", shipped - 1, 1, 0, $"{shipped - 1} installed, 1 kept as edited (different from this version's theme: delete a file to get the new version; see the log)")));
            Assert.That(reporter.Finished, Is.EqualTo(new[] { result }));
            Assert.That(reporter.Started, Is.EqualTo(new[] { "Install site skeleton" }));
        });
    }

    [Test]
    public void RunAsync_SkeletonMissing_AbortsTheRunWithAHint()
    {
        var stage = new InstallSiteSkeleton(
            SkeletonFolders.Installer(Path.Combine(output, "missing"), output), new RecordingReporter(), NullLogger<InstallSiteSkeleton>.Instance);

        var error = Assert.ThrowsAsync<PipelineAbortedException>(() => stage.RunAsync(Context, CancellationToken.None));

        Assert.That(error!.Message, Does.Contain("templates/site"));
    }

    [Test]
    public void AddRendering_WithoutSkeletonOptions_ResolvesTheStageForTheConfiguredOutput()
    {
        using var provider = Services(new AppSettings { Paths = { Output = output } }).AddRendering(new RenderingOptions { OutputDirectory = output }).AddStages().BuildServiceProvider();

        var stage = provider.GetRequiredService<InstallSiteSkeleton>();

        Assert.Multiple(() =>
        {
            Assert.That(stage.Name, Is.EqualTo("Install site skeleton"));
            Assert.That(provider.GetRequiredService<SiteSkeleton>().Options, Is.EqualTo(SiteSkeletonOptions.FromSettings(new AppSettings { Paths = { Output = output } })));
        });
    }

    [Test]
    public void AddRendering_SkeletonOptionsRegisteredAfterwards_UsesThoseOptions()
    {
        var own = new SiteSkeletonOptions("/somewhere/skeleton", output);
        using var provider = Services(new AppSettings()).AddRendering(new RenderingOptions { OutputDirectory = output }).AddStages().AddSingleton(own).BuildServiceProvider();

        Assert.That(provider.GetRequiredService<SiteSkeleton>().Options, Is.SameAs(own));
    }

    private static ServiceCollection Services(AppSettings settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton(settings);
        services.AddSingleton<IRunReporter>(new RecordingReporter());
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        return services;
    }

    private sealed class RecordingReporter : IRunReporter
    {
        public List<string> Started { get; } = [];

        public List<StageResult> Finished { get; } = [];

        public void StageStarted(string stage, int totalItems) => Started.Add(stage);

        public void ItemFinished(string stage, bool failed)
        {
        }

        public void StageFinished(StageResult result) => Finished.Add(result);

        public void Info(string message)
        {
        }
    }
}
