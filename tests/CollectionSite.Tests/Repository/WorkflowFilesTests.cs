using System.Text.RegularExpressions;
using CollectionSite.Cli;
using CollectionSite.Tests.Fakes;
using Spectre.Console;
using YamlDotNet.RepresentationModel;

namespace CollectionSite.Tests.Repository;

/// <summary>
/// The repository's CI workflow and the examples users copy into their site repositories parse, use only
/// actions, inputs and outputs that exist, and run only commands and options that exist: our own command
/// lines go through the real command-line parser, Hugo's and dotnet's options through the real tools' help.
/// </summary>
[TestFixture]
public sealed partial class WorkflowFilesTests
{
    private static IEnumerable<string> Files => WorkflowFile.All();

    [Test]
    public void There_is_a_ci_workflow_and_two_examples() =>
        Assert.That(Files, Is.SupersetOf(new[] { ".github/workflows/ci.yml", "examples/github-actions/nightly-pages.yml", "examples/github-actions/nightly-commit.yml" }));

    [TestCaseSource(nameof(Files))]
    public void Every_job_has_a_runner_and_every_step_runs_or_uses_a_known_action(string path)
    {
        var workflow = WorkflowFile.Load(path);
        var stepIds = new Dictionary<string, string>(StringComparer.Ordinal);
        Assert.That(workflow.Root.Children.Keys.Select(k => ((YamlScalarNode)k).Value), Is.SupersetOf(new[] { "name", "on", "permissions", "jobs" }));
        foreach (var (id, job) in workflow.Jobs)
        {
            Assert.That(WorkflowFile.Scalar(job, "runs-on"), Is.EqualTo("ubuntu-latest"), id);
            foreach (var step in WorkflowFile.Steps(job))
            {
                var uses = WorkflowFile.Scalar(step, "uses");
                Assert.That(uses is null ^ WorkflowFile.Scalar(step, "run") is null, Is.True, $"{id}: a step has exactly one of run/uses");
                if (uses is null)
                {
                    continue;
                }

                Assert.That(KnownActions.Inputs.ContainsKey(uses), Is.True, $"{id}: unknown action {uses}");
                var inputs = WorkflowFile.Map(step, "with")?.Children.Keys.Select(k => ((YamlScalarNode)k).Value!) ?? [];
                Assert.That(inputs, Is.SubsetOf(KnownActions.Inputs[uses]), $"{id}: inputs of {uses}");
                if (WorkflowFile.Scalar(step, "id") is { } stepId)
                {
                    stepIds[stepId] = uses;
                }
            }
        }

        // Step ids are unique across our workflows' jobs, so one table serves every reference in the file.
        foreach (Match output in StepOutput().Matches(File.ReadAllText(Path.Combine(WorkflowFile.RepositoryRoot, path))))
        {
            var (stepId, name) = (output.Groups[1].Value, output.Groups[2].Value);
            Assert.That(stepIds.TryGetValue(stepId, out var action) && KnownActions.Outputs.GetValueOrDefault(action, []).Contains(name), Is.True, $"steps.{stepId}.outputs.{name}");
        }
    }

    [TestCaseSource(nameof(Files))]
    public void Every_collectionsite_command_line_parses(string path)
    {
        foreach (var arguments in RunScripts(path).SelectMany(script => ShellCommands.Invocations(script, "collectionsite")))
        {
            var parsed = CliApplication.CreateRoot(AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(TextWriter.Null) }), TextWriter.Null).Parse([.. arguments]);
            Assert.That(parsed.Errors.Select(e => e.Message), Is.Empty, $"collectionsite {string.Join(' ', arguments)}");
        }
    }

    [TestCaseSource(nameof(Files))]
    [Category("Hugo")]
    public async Task Every_hugo_and_dotnet_publish_option_exists(string path)
    {
        var scripts = RunScripts(path).ToList();
        var (_, hugoHelp) = await HugoCli.RunAsync(Path.GetTempPath(), "--help");
        foreach (var option in scripts.SelectMany(s => ShellCommands.Invocations(s, "hugo")).SelectMany(Options))
        {
            Assert.That(hugoHelp, Does.Contain(option + " "), $"hugo {option}");
        }

        var publishHelp = await DotnetHelpAsync("publish");
        foreach (var arguments in scripts.SelectMany(s => ShellCommands.Invocations(s, "dotnet")).Where(a => a.Count > 0 && a[0] == "publish"))
        {
            Assert.That(Options(arguments), Is.All.Matches<string>(o => publishHelp.Contains(o, StringComparison.Ordinal)), string.Join(' ', arguments));
        }
    }

    private static IEnumerable<string> RunScripts(string path) =>
        WorkflowFile.Load(path).Jobs.SelectMany(job => WorkflowFile.Steps(job.Job)).Select(step => WorkflowFile.Scalar(step, "run")).OfType<string>();

    private static IEnumerable<string> Options(IReadOnlyList<string> arguments) =>
        arguments.Where(a => a.StartsWith("--", StringComparison.Ordinal)).Select(a => a.Split('=')[0]);

    private static async Task<string> DotnetHelpAsync(string command)
    {
        var start = new System.Diagnostics.ProcessStartInfo("dotnet", [command, "--help"]) { RedirectStandardOutput = true, UseShellExecute = false };
        using var process = System.Diagnostics.Process.Start(start)!;
        var help = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return help;
    }

    [GeneratedRegex(@"steps\.([A-Za-z0-9_-]+)\.outputs\.([A-Za-z0-9_-]+)")]
    private static partial Regex StepOutput();
}
