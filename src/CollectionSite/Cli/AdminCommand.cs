using System.CommandLine;
using System.Net;
using System.Security.Cryptography;
using CollectionSite.Admin;
using CollectionSite.Hosting;
using CollectionSite.Pipeline;
using Microsoft.Extensions.Logging;
using Spectre.Console;

namespace CollectionSite.Cli;

/// <summary>
/// `admin [--port N] [--bind ADDRESS --allow-remote]`: the local web admin (browse, curate, re-render, retry, back up)
/// over the same state and composition as the other commands. Loopback only unless --allow-remote, which then needs
/// the access token it prints. Takes a backup first; runs until Ctrl+C.
/// </summary>
public static class AdminCommand
{
    public const int DefaultPort = 5480;

    public static Command Create(CliOptions options, IAnsiConsole console, TextWriter error)
    {
        var port = NumberArguments.WholeNumber("--port", "a port number from 0 to 65535", n => n is >= 0 and <= 65535, DefaultPort, $"TCP port (default {DefaultPort})");
        var bind = new Option<string>("--bind") { Description = "Address to listen on (default 127.0.0.1; anything else needs --allow-remote)", HelpName = "ADDRESS", DefaultValueFactory = _ => "127.0.0.1" };
        var allowRemote = new Option<bool>("--allow-remote") { Description = "Allow a non-loopback --bind; every request then needs the access token printed at start" };
        var command = new Command("admin", "Start the local web admin: see what the pipeline decided and correct it") { port, bind, allowRemote, options.Output, options.Templates };
        foreach (var option in options.StateOnly)
        {
            command.Options.Add(option);
        }

        command.SetAction(async (result, token) =>
        {
            var text = result.GetValue(bind) ?? "127.0.0.1";
            var address = text == "localhost" ? IPAddress.Loopback : IPAddress.TryParse(text, out var parsed) ? parsed : null;
            var problem = address is null ? $"--bind must be an IP address such as 127.0.0.1, not '{text}'." : AdminOptions.BindProblem(address, result.GetValue(allowRemote));
            if (problem is not null)
            {
                await error.WriteLineAsync(problem);
                return (int)ExitCode.ConfigurationError;
            }

            var invocation = options.StateInvocation(result) with { ChecksTemplates = true };
            return await CommandRunner.RunAsync(invocation, console, error, (context, ct) => RunAsync(context, invocation.Demo, address!, result.GetValue(port), ct), token);
        });
        return command;
    }

    private static async Task<int> RunAsync(CommandContext context, bool demo, IPAddress address, int port, CancellationToken cancellationToken)
    {
        // Minted here, masked in every log line; shown once, below, to the person who started the admin.
        var accessToken = IPAddress.IsLoopback(address) ? null : Base64Url(RandomNumberGenerator.GetBytes(24));
        if (accessToken is not null)
        {
            context.Redactor.Add(accessToken);
        }

        var inputs = new HostInputs(context.Settings, TimeProvider.System, context.Get<ILoggerFactory>(), demo, Redactor: context.Redactor);
        var options = new AdminOptions(address, port, accessToken, Path.Combine(context.Settings.Paths.State, "backups"));
        AdminServer started;
        try
        {
            started = await AdminServer.StartAsync(inputs, options, cancellationToken);
        }
        catch (AdminPortInUseException ex)
        {
            await context.Error.WriteLineAsync(ex.Message);
            return (int)ExitCode.ConfigurationError;
        }

        await using var server = started;
        if (AdminOptions.PlainHttpWarning(address) is { } warning)
        {
            await context.Error.WriteLineAsync(warning);
        }

        context.WriteLine($"Backup taken: {server.StartupBackup.FilePath} (integrity check: {server.StartupBackup.IntegrityCheck}).");
        var url = accessToken is null ? server.Url.ToString() : $"{server.Url}?token={accessToken}";
        context.Console.MarkupLine($"Admin UI: [bold]{Markup.Escape(url)}[/] (Ctrl+C stops it)");
        await server.RunUntilCancelledAsync(cancellationToken);
        return (int)ExitCode.Success;
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
