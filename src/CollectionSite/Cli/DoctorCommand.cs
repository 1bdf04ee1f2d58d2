using System.CommandLine;
using CollectionSite.Configuration;
using CollectionSite.Pipeline;
using Spectre.Console;

namespace CollectionSite.Cli;

/// <summary>
/// `doctor`: checks what a build needs, one line each, "OK ..." or "FAIL ... — the fix": the configuration (every
/// bad key), each configured credential with one cheap authenticated call, Hugo and its version, write access to the
/// state and output folders, free disk space. Exit 0 when every line is OK, 1 when any FAILs. Never prints a secret.
/// </summary>
public static class DoctorCommand
{
    /// <summary>The Hugo executable, looked for on the PATH.</summary>
    public const string Hugo = "hugo";

    public static Command Create(CliOptions options, IAnsiConsole console, TextWriter error)
    {
        var command = new Command("doctor", "Check configuration, credentials (one cheap call each), Hugo, folders and disk space");
        foreach (var option in options.Common)
        {
            command.Options.Add(option);
        }

        // The demo's own state folder (<state>/demo), so a damaged demo database can be checked as the README says.
        command.Options.Add(options.Demo);
        command.SetAction(async (result, token) =>
        {
            var sources = options.SourcesFrom(result);
            var configuration = ConfigurationCheck.Run(sources);
            // Lenient: a bad value or file is one of the configuration lines above, and every other check still runs.
            var invocation = new CommandInvocation(sources, SettingsRequirement.None, result.GetValue(options.Verbose)) { Diagnostic = true, LogFormat = result.GetValue(options.LogFormat), Demo = result.GetValue(options.Demo) };
            return await CommandRunner.RunAsync(invocation, console, error, (context, ct) => RunAsync(context, configuration, ct), token);
        });
        return command;
    }

    private static async Task<int> RunAsync(CommandContext context, IReadOnlyList<DoctorCheck> configuration, CancellationToken cancellationToken)
    {
        var checks = new List<DoctorCheck>(configuration);
        foreach (var check in configuration)
        {
            context.WriteLine(check.ToString());
        }

        foreach (var check in (await CredentialChecks.RunAsync(context, cancellationToken)).Concat(await LocalChecks.RunAsync(context.Settings, Hugo, cancellationToken)))
        {
            checks.Add(check);
            context.WriteLine(check.ToString());
        }

        var failed = checks.Count(c => !c.Ok);
        context.WriteLine(failed == 0 ? "Everything is ready." : $"{failed} check(s) failed; fix them (see the lines above) and run doctor again.");
        return failed == 0 ? (int)ExitCode.Success : (int)ExitCode.Aborted;
    }
}
