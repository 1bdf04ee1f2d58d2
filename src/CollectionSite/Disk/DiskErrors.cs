namespace CollectionSite.Disk;

/// <summary>
/// What kind of local file-system failure an exception is, from its HResult: .NET on Unix puts the errno there
/// (ENOSPC 28, EROFS 30, EAGAIN 11 …), on Windows the HRESULT of the Win32 error.
/// </summary>
public static class DiskErrors
{
    private const int UnixNoSpace = 28;
    private const int UnixQuotaExceeded = 122;
    private const int UnixReadOnly = 30;
    private const int UnixWouldBlock = 11;
    private const int WindowsHandleDiskFull = unchecked((int)0x80070027);
    private const int WindowsDiskFull = unchecked((int)0x80070070);
    private const int WindowsSharingViolation = unchecked((int)0x80070020);
    private const int WindowsLockViolation = unchecked((int)0x80070021);
    private const int WindowsWriteProtect = unchecked((int)0x80070013);

    /// <summary>True for "no space left on device" and "disk quota exceeded".</summary>
    public static bool IsDiskFull(Exception exception) =>
        exception is IOException { HResult: UnixNoSpace or UnixQuotaExceeded or WindowsDiskFull or WindowsHandleDiskFull };

    /// <summary>
    /// True when the disk itself takes no more writes: full, over quota, or a read-only file system. Unlike a permission
    /// denied, never about one file (an unreadable source file, say), so a whole run can stop on it.
    /// </summary>
    public static bool RefusesWrites(Exception exception) =>
        IsDiskFull(exception) || exception is IOException { HResult: UnixReadOnly or WindowsWriteProtect };

    /// <summary>An IOException carrying a Unix errno as .NET does (ENOSPC 28, EDQUOT 122, EROFS 30), for errors a native library reports as text.</summary>
    public static IOException FromErrno(int errno, string message, Exception innerException) => new(message, innerException) { HResult = errno };

    /// <summary>The errno a native library's strerror text names, for the kinds <see cref="RefusesWrites"/> covers; null otherwise.</summary>
    public static int? ErrnoOf(string text) =>
        new[] { UnixNoSpace, UnixQuotaExceeded, UnixReadOnly }.Cast<int?>().FirstOrDefault(errno => text.Contains(Describe(errno!.Value), StringComparison.Ordinal));

    /// <summary>The strerror text of the errnos <see cref="ErrnoOf"/> knows ("No space left on device").</summary>
    public static string Describe(int errno) => errno switch
    {
        UnixNoSpace => "No space left on device",
        UnixQuotaExceeded => "Disk quota exceeded",
        UnixReadOnly => "Read-only file system",
        _ => $"errno {errno}",
    };

    /// <summary>True for a read-only file system or a permission denied (UnauthorizedAccessException: EACCES, EPERM).</summary>
    public static bool IsNotWritable(Exception exception) =>
        exception is UnauthorizedAccessException or IOException { HResult: UnixReadOnly or WindowsWriteProtect };

    /// <summary>True when another handle holds the file exclusively (a lock taken by another process).</summary>
    public static bool IsHeldByAnother(IOException exception) =>
        exception.HResult is UnixWouldBlock or WindowsSharingViolation or WindowsLockViolation;

    /// <summary>How to fix <paramref name="exception"/>, naming the setting that moves the folder (e.g. "--output (Paths:Output)"); no full stop.</summary>
    public static string Fix(Exception exception, string option) => exception switch
    {
        _ when IsDiskFull(exception) => $"Free some space on that disk (or point {option} at another disk)",
        _ when IsNotWritable(exception) => $"Make the folder writable for this user (or point {option} at a writable folder)",
        _ => $"Check the disk and the folder's permissions (or point {option} at another folder)",
    };

    /// <summary>The exception's message on one line, without the trailing " : 'path'" .NET adds (the caller names the folder).</summary>
    public static string Reason(Exception exception)
    {
        var text = string.Join(' ', exception.Message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries)).Trim();
        var path = text.IndexOf(" : '", StringComparison.Ordinal);
        return path > 0 ? text[..path] : text;
    }
}
