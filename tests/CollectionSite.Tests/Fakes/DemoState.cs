using CollectionSite.Tests.Cli;

namespace CollectionSite.Tests.Fakes;

/// <summary>
/// A known dataset for the read-only commands: the bundled demo collection built in-process (`build --demo`, offline:
/// release details, masters, artists, covers) into a scratch folder. Commands read it with --demo and the same --state.
/// </summary>
internal static class DemoState
{
    /// <summary>Builds the demo into <paramref name="folder"/>/state (database in state/demo) and returns the --state folder.</summary>
    public static async Task<string> BuildAsync(string folder)
    {
        var state = Path.Combine(folder, "state");
        var (exit, output, error) = await CliApplicationTests.Run("build", "--demo", "--state", state, "--output", Path.Combine(folder, "site"));
        if (exit != 0)
        {
            throw new InvalidOperationException($"The demo build failed with exit {exit}: {error}{output}");
        }

        return state;
    }

    /// <summary>The folder that holds the demo's database (the demo keeps its own state subfolder).</summary>
    public static string DatabaseFolder(string state) => Path.Combine(state, "demo");
}
