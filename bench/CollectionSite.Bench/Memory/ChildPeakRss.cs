using System.Diagnostics;
using System.Runtime.InteropServices;

namespace CollectionSite.Bench;

/// <summary>One finished child process: its exit status, its peak resident set and its wall time.</summary>
internal sealed record ChildRun(int ExitCode, long PeakRssBytes, TimeSpan Wall, string OutputPath, string ErrorPath);

/// <summary>
/// Runs a command as a child and reads its peak resident set size: the high-water mark of the child's own address space
/// (VmHWM in /proc/&lt;pid&gt;/status), polled every 10 ms until it exits. Being a high-water mark, a peak between two polls is
/// not missed; only growth in the last 10 ms before exit could be. Not wait4's ru_maxrss, as /usr/bin/time reads it: on
/// Linux that figure starts from the parent's resident set at the spawn (the kernel carries the old address space's peak
/// across exec), so a bench process holding 800 MB reported 810 MB for /bin/true. The child is started with
/// posix_spawn, not <see cref="Process"/>: .NET reaps the children it started itself (and stops the runtime if someone
/// else reaps one first), but leaves others alone, so this wait4 is the only one. Its stdout and stderr go to files. Linux only.
/// </summary>
internal static class ChildPeakRss
{
    // Linux's O_RDONLY, and O_WRONLY | O_CREAT | O_TRUNC.
    private const int ReadOnly = 0x0;
    private const int WriteCreateTruncate = 0x1 | 0x40 | 0x200;
    private const int FileMode = 0x1A4; // 0644
    private const int Interrupted = 4; // EINTR
    private const int KillSignal = 9;

    private const int NoHang = 1; // WNOHANG
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(10);

    public static async Task<ChildRun> RunAsync(
        string workingDirectory, IReadOnlyList<string> command, IReadOnlyDictionary<string, string> environment, string logName, CancellationToken cancellationToken)
    {
        if (!OperatingSystem.IsLinux())
        {
            throw new PlatformNotSupportedException("The memory benchmark reads /proc/<pid>/status: Linux only.");
        }

        var output = Path.Combine(workingDirectory, logName + ".out");
        var error = Path.Combine(workingDirectory, logName + ".err");
        var watch = Stopwatch.StartNew();
        var pid = Spawn(workingDirectory, command, Environment(environment), output, error);
        using var kill = cancellationToken.Register(() => _ = Kill(pid, KillSignal));
        var (status, peakKib) = await Task.Factory.StartNew(() => Wait(pid), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        watch.Stop();
        cancellationToken.ThrowIfCancellationRequested();
        // WIFEXITED: the low 7 bits are 0 and the code is in the next byte; otherwise a signal ended it (128 + signal, as a shell says).
        var exitCode = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F);
        return new ChildRun(exitCode, peakKib * 1024, watch.Elapsed, output, error);
    }

    private static string[] Environment(IReadOnlyDictionary<string, string> overrides)
    {
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (System.Collections.DictionaryEntry entry in System.Environment.GetEnvironmentVariables())
        {
            var name = (string)entry.Key;
            // The benchmark's own settings are the only CollectionSite settings the child sees.
            if (!name.StartsWith("COLLECTIONSITE_", StringComparison.OrdinalIgnoreCase))
            {
                variables[name] = (string?)entry.Value ?? string.Empty;
            }
        }

        foreach (var (name, value) in overrides)
        {
            variables[name] = value;
        }

        return [.. variables.Select(pair => $"{pair.Key}={pair.Value}")];
    }

    private static int Spawn(string workingDirectory, IReadOnlyList<string> command, string[] environment, string output, string error)
    {
        // posix_spawn_file_actions_t is 80 bytes in glibc; twice that leaves room for any libc's layout.
        var actions = Marshal.AllocHGlobal(160);
        var strings = new List<IntPtr>();
        IntPtr Utf8(string text)
        {
            var pointer = Marshal.StringToCoTaskMemUTF8(text);
            strings.Add(pointer);
            return pointer;
        }

        try
        {
            Check(FileActionsInit(actions), "posix_spawn_file_actions_init");
            Check(AddOpen(actions, 0, Utf8("/dev/null"), ReadOnly, 0), "posix_spawn_file_actions_addopen");
            Check(AddOpen(actions, 1, Utf8(output), WriteCreateTruncate, FileMode), "posix_spawn_file_actions_addopen");
            Check(AddOpen(actions, 2, Utf8(error), WriteCreateTruncate, FileMode), "posix_spawn_file_actions_addopen");
            Check(AddChdir(actions, Utf8(workingDirectory)), "posix_spawn_file_actions_addchdir_np");
            IntPtr[] argv = [.. command.Select(Utf8), IntPtr.Zero];
            IntPtr[] envp = [.. environment.Select(Utf8), IntPtr.Zero];
            Check(SpawnP(out var pid, argv[0], actions, IntPtr.Zero, argv, envp), $"posix_spawnp {command[0]}");
            _ = FileActionsDestroy(actions);
            return pid;
        }
        finally
        {
            strings.ForEach(Marshal.FreeCoTaskMem);
            Marshal.FreeHGlobal(actions);
        }
    }

    /// <summary>Polls the child's VmHWM until wait4 (WNOHANG) reaps it: its exit status and the largest VmHWM read, in KiB.</summary>
    private static (int Status, long PeakKib) Wait(int pid)
    {
        var peak = 0L;
        var statusFile = $"/proc/{pid}/status";
        while (true)
        {
            peak = Math.Max(peak, ReadHighWaterKib(statusFile));
            var reaped = Wait4(pid, out var status, NoHang, IntPtr.Zero);
            if (reaped == pid)
            {
                return (status, peak);
            }

            var errno = reaped < 0 ? Marshal.GetLastPInvokeError() : 0;
            if (reaped < 0 && errno != Interrupted)
            {
                throw new InvalidOperationException($"wait4({pid}) failed: errno {errno}");
            }

            Thread.Sleep(PollInterval);
        }
    }

    /// <summary>"VmHWM:  123456 kB" from a status file; 0 once the process has exited (a zombie has no address space).</summary>
    private static long ReadHighWaterKib(string statusFile)
    {
        try
        {
            foreach (var line in File.ReadLines(statusFile))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    return long.Parse(line.AsSpan(6).Trim().TrimEnd("kB").Trim(), System.Globalization.CultureInfo.InvariantCulture);
                }
            }
        }
        catch (IOException)
        {
            // Gone between two polls: the last value read stands.
        }

        return 0;
    }

    private static void Check(int result, string call)
    {
        if (result != 0)
        {
            throw new InvalidOperationException($"{call} failed: error {result}");
        }
    }

    // DllImport, not LibraryImport: the generator needs unsafe code, which the bench project does not allow; every
    // argument here is blittable (pointers, ints, arrays of them), so nothing is marshalled either way.
    [DllImport("libc", EntryPoint = "posix_spawnp")]
    private static extern int SpawnP(out int pid, IntPtr file, IntPtr fileActions, IntPtr attributes, IntPtr[] argv, IntPtr[] envp);

    [DllImport("libc", EntryPoint = "posix_spawn_file_actions_init")]
    private static extern int FileActionsInit(IntPtr actions);

    [DllImport("libc", EntryPoint = "posix_spawn_file_actions_destroy")]
    private static extern int FileActionsDestroy(IntPtr actions);

    [DllImport("libc", EntryPoint = "posix_spawn_file_actions_addopen")]
    private static extern int AddOpen(IntPtr actions, int descriptor, IntPtr path, int flags, int mode);

    [DllImport("libc", EntryPoint = "posix_spawn_file_actions_addchdir_np")]
    private static extern int AddChdir(IntPtr actions, IntPtr path);

    [DllImport("libc", EntryPoint = "wait4", SetLastError = true)]
    private static extern int Wait4(int pid, out int status, int options, IntPtr usage);

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
