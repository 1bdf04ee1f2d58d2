using System.Globalization;

namespace CollectionSite.Bench;

/// <summary>
/// CPU time (user + system) of this process's finished children, from /proc/self/stat (cutime + cstime), so the
/// vipsthumbnail processes and our worker are charged the same way. CPU seconds barely move when other work
/// shares the machine, unlike wall time. Linux only; elsewhere null.
/// </summary>
internal static class ChildCpuTime
{
    // USER_HZ: the unit of the /proc times, 100 on every Linux architecture .NET runs on.
    private const double TicksPerSecond = 100;

    public static double? Seconds()
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        // The command name (field 2) may hold spaces; the fields after its closing parenthesis start at field 3.
        var stat = File.ReadAllText("/proc/self/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        const int CutimeField = 16, CstimeField = 17, FirstField = 3;
        return (long.Parse(fields[CutimeField - FirstField], CultureInfo.InvariantCulture) + long.Parse(fields[CstimeField - FirstField], CultureInfo.InvariantCulture)) / TicksPerSecond;
    }

    /// <summary>The load average over the last minute ("1.93"), to show how busy the machine was; null off Linux.</summary>
    public static string? LoadAverage() => OperatingSystem.IsLinux() ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : null;
}
