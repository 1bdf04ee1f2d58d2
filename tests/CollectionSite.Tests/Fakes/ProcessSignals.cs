using System.Diagnostics;
using System.Globalization;

namespace CollectionSite.Tests.Fakes;

/// <summary>Signals to a child process by id, through kill(1).</summary>
internal static class ProcessSignals
{
    /// <summary>SIGSTOP: freezes <paramref name="processId"/> (no more work, nothing lost) until SIGCONT or SIGKILL; returns once sent.</summary>
    public static void Stop(int processId)
    {
        using var stop = Process.Start("kill", ["-STOP", processId.ToString(CultureInfo.InvariantCulture)]);
        stop.WaitForExit();
    }
}
