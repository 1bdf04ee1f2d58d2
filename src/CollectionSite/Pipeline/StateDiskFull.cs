using CollectionSite.Disk;
using Microsoft.Data.Sqlite;

namespace CollectionSite.Pipeline;

/// <summary>
/// The state folder's disk refusing writes (full, over quota, read-only) in the middle of a run: the state database
/// (SQLITE_FULL, SQLITE_READONLY) or any other file there. It is the machine's to fix, not a crash: one line, the stack
/// trace in the log. Failures in the site folder and the artwork folder have lines of their own.
/// </summary>
public static class StateDiskFull
{
    private const int SqliteFull = 13;
    private const int SqliteReadOnly = 8;

    public static bool Covers(Exception exception) =>
        exception is SqliteException { SqliteErrorCode: SqliteFull or SqliteReadOnly } || DiskErrors.RefusesWrites(exception);

    /// <summary>"The state folder '…' cannot take more writes (SQLite: database or disk is full). Free some space …".</summary>
    public static string Message(Exception exception, string stateFolder)
    {
        var reason = exception is SqliteException sqlite ? $"SQLite: {sqlite.Message.Split('\n', 2)[0]}" : DiskErrors.Reason(exception);
        var fix = exception is SqliteException { SqliteErrorCode: SqliteFull } ? "Free some space on that disk (or point --state (Paths:State) at another disk)" : DiskErrors.Fix(exception, "--state (Paths:State)");
        return $"The state folder '{Path.GetFullPath(stateFolder)}' cannot take more writes ({reason.TrimEnd('.')}). {fix}, then run again. Finished work is saved.";
    }
}
