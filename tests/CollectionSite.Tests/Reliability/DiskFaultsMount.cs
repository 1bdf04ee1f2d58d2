using System.Diagnostics;

namespace CollectionSite.Tests.Reliability;

/// <summary>
/// A small tmpfs mounted over a test folder, so a disk really fills up (ENOSPC) or really is read-only (EROFS). Tests
/// run as root, and root ignores file modes: a chmod 555 folder would still be writable, a mount is not.
/// Needs `mount` with CAP_SYS_ADMIN (CI and the dev container have it); without it the test is ignored, saying why.
/// </summary>
internal sealed class DiskFaultsMount : IDisposable
{
    private DiskFaultsMount(string folder) => Folder = folder;

    public string Folder { get; }

    /// <summary>Mounts a tmpfs of <paramref name="kilobytes"/> KiB over <paramref name="folder"/> (created).</summary>
    public static DiskFaultsMount Create(string folder, int kilobytes)
    {
        Directory.CreateDirectory(folder);
        var (exit, output) = Run("mount", "-t", "tmpfs", "-o", $"size={kilobytes}k", "tmpfs", folder);
        if (exit != 0)
        {
            Assert.Ignore($"Cannot mount a tmpfs here (mount exit {exit}: {output.Trim()}); a real full or read-only disk needs CAP_SYS_ADMIN.");
        }

        return new DiskFaultsMount(folder);
    }

    /// <summary>Makes the file system read-only (true) or writable again (false).</summary>
    public void ReadOnly(bool readOnly)
    {
        var (exit, output) = Run("mount", "-o", readOnly ? "remount,ro" : "remount,rw", Folder);
        Assert.That(exit, Is.Zero, output);
    }

    /// <summary>Writes a filler file that leaves about <paramref name="freeKilobytes"/> KiB free; returns its path.</summary>
    public string Fill(int freeKilobytes)
    {
        var drive = new DriveInfo(Folder);
        var filler = Path.Combine(Folder, "filler.bin");
        var bytes = Math.Max(0, drive.AvailableFreeSpace - (freeKilobytes * 1024L));
        using (var stream = new FileStream(filler, FileMode.CreateNew))
        {
            stream.SetLength(0);
            var block = new byte[64 * 1024];
            for (long written = 0; written < bytes; written += block.Length)
            {
                stream.Write(block, 0, (int)Math.Min(block.Length, bytes - written));
            }
        }

        return filler;
    }

    public void Dispose() => Run("umount", "-l", Folder);

    private static (int Exit, string Output) Run(string command, params string[] args)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(command, args) { RedirectStandardError = true, RedirectStandardOutput = true })!;
            var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, output);
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            return (-1, ex.Message);
        }
    }
}
