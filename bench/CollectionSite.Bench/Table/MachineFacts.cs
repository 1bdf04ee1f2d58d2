using System.Globalization;
using System.Runtime.InteropServices;

namespace CollectionSite.Bench;

/// <summary>
/// What the figures were measured on, and how busy the machine was: other processes' CPU share over the run comes
/// from /proc/stat (all CPU time spent) less this process's own and its children's (/proc/self/stat), so a figure taken
/// while other work ran says so. Linux figures only; elsewhere "-".
/// </summary>
internal sealed class MachineFacts
{
    private readonly (long Total, long Idle, long Own)? start = Sample();
    private readonly string startLoad = LoadAverages();

    public static string Describe() =>
        $"{Environment.ProcessorCount} cores ({CpuModel()}), {MemoryTotal()} RAM, {RuntimeInformation.OSDescription}, .NET {Environment.Version}";

    public string StartLoad => startLoad;

    /// <summary>Load averages (1, 5, 15 min) now, e.g. "1.93 1.50 1.20".</summary>
    public static string LoadAverages() => OperatingSystem.IsLinux() ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ')[..3]) : "-";

    /// <summary>The share of all cores' time used by other processes since this object was made, e.g. "41 %".</summary>
    public string OthersShare()
    {
        if (start is not { } before || Sample() is not { } now || now.Total == before.Total)
        {
            return "-";
        }

        var busy = (now.Total - now.Idle) - (before.Total - before.Idle);
        var others = Math.Max(0, busy - (now.Own - before.Own));
        return (100.0 * others / (now.Total - before.Total)).ToString("F0", CultureInfo.InvariantCulture) + " %";
    }

    /// <summary>All CPU time and idle time of the machine, and this process's own and its reaped children's, in ticks.</summary>
    private static (long Total, long Idle, long Own)? Sample()
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        // "cpu  user nice system idle iowait irq softirq steal ...": idle and iowait are the idle time.
        var cpu = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(Number).ToArray();
        var stat = File.ReadAllText("/proc/self/stat");
        // Fields 14-17 (utime, stime, cutime, cstime), counted after the command name's closing parenthesis (field 3 on).
        var own = stat[(stat.LastIndexOf(')') + 2)..].Split(' ').Skip(11).Take(4).Sum(Number);
        return (cpu.Take(8).Sum(), cpu[3] + cpu[4], own);
    }

    private static long Number(string text) => long.Parse(text, CultureInfo.InvariantCulture);

    private static string CpuModel() =>
        OperatingSystem.IsLinux() && File.ReadLines("/proc/cpuinfo").FirstOrDefault(line => line.StartsWith("model name", StringComparison.Ordinal)) is { } line
            ? line[(line.IndexOf(':') + 1)..].Trim()
            : RuntimeInformation.ProcessArchitecture.ToString();

    private static string MemoryTotal() =>
        OperatingSystem.IsLinux() && File.ReadLines("/proc/meminfo").FirstOrDefault(line => line.StartsWith("MemTotal:", StringComparison.Ordinal)) is { } line
            ? (long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1e6).ToString("F1", CultureInfo.InvariantCulture) + " GB"
            : "-";
}
