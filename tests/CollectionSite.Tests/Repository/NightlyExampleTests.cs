using YamlDotNet.RepresentationModel;

namespace CollectionSite.Tests.Repository;

/// <summary>
/// What the nightly examples promise users: a schedule off the hour plus a manual trigger, one run at a time,
/// least-privilege permissions, the state restored from the newest cache entry and saved under a new key every
/// run (also after a failure), a build inside GitHub's 6-hour job limit, and the Pages or commit publishing.
/// </summary>
[TestFixture]
public sealed class NightlyExampleTests
{
    private static readonly string[] Examples = ["examples/github-actions/nightly-pages.yml", "examples/github-actions/nightly-commit.yml"];

    [TestCaseSource(nameof(Examples))]
    public void Runs_nightly_off_the_hour_and_by_hand(string path)
    {
        var on = WorkflowFile.Map(WorkflowFile.Load(path).Root, "on")!;
        var cron = ((YamlMappingNode)((YamlSequenceNode)on.Children[new YamlScalarNode("schedule")]).Children.Single()).Children[new YamlScalarNode("cron")].ToString();
        var minute = cron.Split(' ')[0];
        Assert.That(int.TryParse(minute, out var m) && m is > 0 and < 60, Is.True, $"cron minute {minute} is not a fixed minute off the hour");
        Assert.That(on.Children.ContainsKey(new YamlScalarNode("workflow_dispatch")), Is.True);
    }

    [TestCaseSource(nameof(Examples))]
    public void One_run_at_a_time_and_never_killed_by_the_next(string path)
    {
        var concurrency = WorkflowFile.Map(WorkflowFile.Load(path).Root, "concurrency")!;
        Assert.That(WorkflowFile.Scalar(concurrency, "group"), Is.Not.Empty);
        Assert.That(WorkflowFile.Scalar(concurrency, "cancel-in-progress"), Is.EqualTo("false"));
    }

    [TestCaseSource(nameof(Examples))]
    public void State_is_restored_from_the_newest_entry_and_saved_under_a_new_key_even_after_a_failure(string path)
    {
        var steps = BuildSteps(path);
        var restore = steps.Single(s => WorkflowFile.Scalar(s, "uses") == "actions/cache/restore@v5");
        var save = steps.Single(s => WorkflowFile.Scalar(s, "uses") == "actions/cache/save@v5");
        var restoreWith = WorkflowFile.Map(restore, "with")!;
        var saveWith = WorkflowFile.Map(save, "with")!;
        var key = WorkflowFile.Scalar(saveWith, "key")!;

        Assert.That(key, Does.Contain("github.run_id"), "a new key per run: cache entries are immutable");
        Assert.That(WorkflowFile.Scalar(restoreWith, "key"), Is.EqualTo(key));
        Assert.That(key, Does.StartWith(WorkflowFile.Scalar(restoreWith, "restore-keys") ?? "(no restore-keys)"), "restore-keys finds the newest earlier entry");
        Assert.That(WorkflowFile.Scalar(save, "if"), Is.EqualTo("always()"));

        var build = steps.Single(s => WorkflowFile.Scalar(s, "run")?.StartsWith("collectionsite build", StringComparison.Ordinal) == true);
        var arguments = ShellCommands.Invocations(WorkflowFile.Scalar(build, "run")!, "collectionsite").Single();
        Assert.That(arguments[arguments.ToList().IndexOf("--state") + 1], Is.EqualTo(WorkflowFile.Scalar(saveWith, "path")));
        Assert.That(steps.IndexOf(restore), Is.LessThan(steps.IndexOf(build)));
        Assert.That(steps.IndexOf(save), Is.GreaterThan(steps.IndexOf(build)));
    }

    [TestCaseSource(nameof(Examples))]
    public void The_time_budget_ends_the_build_before_the_job_limit(string path)
    {
        var workflow = WorkflowFile.Load(path);
        var job = workflow.Jobs.Single(j => j.Id == "build").Job;
        var timeoutMinutes = int.Parse(WorkflowFile.Scalar(job, "timeout-minutes")!, System.Globalization.CultureInfo.InvariantCulture);
        var arguments = ShellCommands.Invocations(string.Join('\n', BuildSteps(path).Select(s => WorkflowFile.Scalar(s, "run")).OfType<string>()), "collectionsite")
            .Single(a => a[0] == "build");
        var budget = arguments[arguments.ToList().IndexOf("--max-duration") + 1];
        Assert.That(budget, Is.EqualTo("5h"));
        Assert.That(timeoutMinutes, Is.InRange(5 * 60 + 20, 360), "room after the budget for rendering, saving the state and Hugo, under GitHub's 6 hours");
    }

    [TestCaseSource(nameof(Examples))]
    public void The_summary_sees_the_same_settings_as_the_build(string path)
    {
        var steps = BuildSteps(path);
        string[] Env(string name) =>
            [.. WorkflowFile.Map(steps.Single(s => WorkflowFile.Scalar(s, "name") == name), "env")?.Children.Select(p => $"{p.Key}={p.Value}") ?? []];
        Assert.That(Env("Summary"), Is.EqualTo(Env("Build the collection")).And.Not.Empty, "status without the settings reports every source as not configured");
    }

    [Test]
    public void The_pages_example_grants_pages_rights_to_the_deploy_job_only()
    {
        var workflow = WorkflowFile.Load(Examples[0]);
        Assert.That(WorkflowFile.Map(workflow.Root, "permissions")!.Children.Select(p => $"{p.Key}: {p.Value}"), Is.EqualTo(new[] { "contents: read" }));
        var deploy = workflow.Jobs.Single(j => j.Id == "deploy").Job;
        Assert.That(WorkflowFile.Map(deploy, "permissions")!.Children.Select(p => $"{p.Key}: {p.Value}"), Is.EquivalentTo(new[] { "pages: write", "id-token: write" }));
        Assert.That(WorkflowFile.Steps(deploy).Select(s => WorkflowFile.Scalar(s, "uses")), Is.EqualTo(new[] { "actions/deploy-pages@v5" }));
    }

    [Test]
    public void The_commit_example_keeps_state_and_tool_out_of_the_commit()
    {
        var script = string.Join('\n', BuildSteps(Examples[1]).Select(s => WorkflowFile.Scalar(s, "run")).OfType<string>());
        Assert.That(script, Does.Contain(".collectionsite/ .collectionsite-tool/ public/"));
        Assert.That(script, Does.Contain("git push"));
    }

    private static List<YamlMappingNode> BuildSteps(string path) =>
        [.. WorkflowFile.Steps(WorkflowFile.Load(path).Jobs.Single(j => j.Id == "build").Job)];
}
