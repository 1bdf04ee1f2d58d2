using Microsoft.Data.Sqlite;

namespace CollectionSite.Storage;

/// <summary>
/// The state database cannot be used as it is (damaged, empty, not a database, or written by a newer CollectionSite).
/// It was left exactly as it was; the message names the file, the cause and the fix (the newest backup, by its path).
/// </summary>
public sealed class StateDatabaseException : Exception
{
    public StateDatabaseException()
    {
    }

    public StateDatabaseException(string message)
        : base(message)
    {
    }

    public StateDatabaseException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

/// <summary>How the state database is checked before use, and the one-line messages when it cannot be used.</summary>
public static class StateDatabaseProblems
{
    /// <summary>The folder under the state folder that holds `backup`'s copies when --to is not given.</summary>
    public const string BackupFolderName = "backups";

    /// <summary>SQLITE_CORRUPT and SQLITE_NOTADB: the file is damaged or is not a SQLite database at all.</summary>
    public static bool IsDamage(SqliteException exception) => exception.SqliteErrorCode is 11 or 26;

    /// <summary>The fix for a damaged database: restore the newest backup (named, when there is one), else start over.</summary>
    public static string RestoreFix(string databaseFile)
    {
        var folder = Path.Combine(Path.GetDirectoryName(databaseFile)!, BackupFolderName);
        return StateBackup.List(folder) is [var newest, ..]
            ? $"Restore the newest backup: with no run going, copy '{newest}' over '{databaseFile}' (and delete any '{Path.GetFileName(databaseFile)}-wal' and '-shm' beside it), then run again."
            : $"No backup was found in '{folder}' (`collectionsite backup` makes one): restore one you keep elsewhere over '{databaseFile}', or move the damaged file aside and run build to harvest again.";
    }

    public static StateDatabaseException Damaged(string databaseFile, string cause, Exception? innerException = null) => new(
        $"The state database '{databaseFile}' is damaged ({cause}); it was left as it is. {RestoreFix(databaseFile)}",
        innerException!);

    public static StateDatabaseException Newer(string databaseFile, int schema, int known) => new(
        $"The state database '{databaseFile}' was written by a newer CollectionSite (schema {schema}, this build knows {known}); it was left as it is. {NewerFix(databaseFile)}");

    /// <summary>
    /// Checks an existing database file without changing it: "ok", or why it cannot be used. A zero-length file counts as
    /// damaged: SQLite would take it for a new database and a whole collection's state would be silently started over.
    /// </summary>
    public static async Task<string> CheckAsync(SqliteConnection connection, string databaseFile, CancellationToken cancellationToken)
    {
        if (new FileInfo(databaseFile).Length == 0 && !File.Exists(databaseFile + "-wal"))
        {
            return "the file is empty (0 bytes)";
        }

        try
        {
            // quick_check reads every page (not the index-against-table cross check): a damaged page is found here, before a
            // write, rather than half-way through a run.
            var lines = new List<string>();
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA quick_check(3);";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                lines.Add(string.Join(' ', reader.GetString(0).Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries)));
            }

            return lines is ["ok"] ? "ok" : "integrity check failed: " + string.Join("; ", lines);
        }
        catch (SqliteException ex) when (IsDamage(ex))
        {
            return "SQLite: " + ex.Message.Replace("SQLite Error " + ex.SqliteErrorCode + ": ", string.Empty, StringComparison.Ordinal).Trim('\'', ' ', '.');
        }
    }

    /// <summary>The database's schema version (PRAGMA user_version) when it is newer than this build knows, else null.</summary>
    public static async Task<(int Schema, int Known)?> NewerSchemaAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        var schema = Convert.ToInt32(await connection.ScalarAsync("PRAGMA user_version;", cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        var known = Migrator.Available.Count == 0 ? 0 : Migrator.Available[^1].Version;
        return schema > known ? (schema, known) : null;
    }

    /// <summary>What to do about a newer database: update, another state folder, or a backup this version made (named).</summary>
    public static string NewerFix(string databaseFile) =>
        $"Update CollectionSite, or use another --state folder; to go back to this version, restore a backup this version made. {BackupHint(databaseFile)}";

    private static string BackupHint(string databaseFile)
    {
        var folder = Path.Combine(Path.GetDirectoryName(databaseFile)!, BackupFolderName);
        return StateBackup.List(folder) is [var newest, ..] ? $"The newest backup is '{newest}'." : $"No backup was found in '{folder}'.";
    }
}
