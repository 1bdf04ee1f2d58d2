using System.Globalization;
using Microsoft.Data.Sqlite;

namespace CollectionSite.Storage;

/// <summary>One backup taken: the file written, its size in bytes, and SQLite's <c>PRAGMA integrity_check</c> answer on the copy ("ok" when sound).</summary>
public sealed record BackupResult(string FilePath, long Bytes, string IntegrityCheck, IReadOnlyList<string> Deleted)
{
    public bool IsSound => IntegrityCheck == "ok";
}

/// <summary>
/// Copies the state database with SQLite's online backup API, so it is consistent even while a build writes
/// (WAL readers never block the writer), into <c>collectionsite-yyyyMMdd-HHmmss.db</c> beside the other
/// backups, checks the copy with <c>PRAGMA integrity_check</c> and keeps only the newest few (the <c>keep</c> argument).
/// Used by the <c>backup</c> command and by the admin UI when it starts.
/// </summary>
public sealed class StateBackup(StateDatabase database, TimeProvider time)
{
    public const string FilePrefix = "collectionsite-";

    /// <summary>"yyyyMMdd-HHmmss".</summary>
    private const int StampLength = 15;

    public async Task<BackupResult> CreateAsync(string backupDirectory, int keep, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(keep, 1);
        Directory.CreateDirectory(backupDirectory);
        var target = UniqueTarget(backupDirectory);

        await using (var source = await database.OpenAsync(cancellationToken))
        await using (var copy = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = target, Pooling = false }.ToString()))
        {
            await copy.OpenAsync(cancellationToken);
            source.BackupDatabase(copy);
            // The copy inherits the source's WAL mode, and every later open (the integrity check) would leave
            // -wal/-shm files beside it: a backup is one self-contained file.
            await using var journal = copy.CreateCommand();
            journal.CommandText = "PRAGMA journal_mode=DELETE;";
            await journal.ExecuteNonQueryAsync(cancellationToken);
        }

        var integrity = await IntegrityCheckAsync(target, cancellationToken);
        var deleted = integrity == "ok" ? Prune(backupDirectory, keep) : [];
        return new BackupResult(target, new FileInfo(target).Length, integrity, deleted);
    }

    /// <summary>Runs <c>PRAGMA integrity_check</c> on a database file opened read-only; "ok" or SQLite's first problems, joined.</summary>
    public static async Task<string> IntegrityCheckAsync(string databaseFile, CancellationToken cancellationToken)
    {
        var builder = new SqliteConnectionStringBuilder { DataSource = databaseFile, Mode = SqliteOpenMode.ReadOnly, Pooling = false };
        await using var connection = new SqliteConnection(builder.ToString());
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check;";
        var lines = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            lines.Add(reader.GetString(0));
        }

        return string.Join("; ", lines);
    }

    /// <summary>The backups in a folder, newest first: by the time in their names, then by the counter a second backup
    /// within the same second gets ("-2", "-3"; plain text order would put "-2.db" before ".db").</summary>
    public static IReadOnlyList<string> List(string backupDirectory) =>
        Directory.Exists(backupDirectory)
            ? Directory.EnumerateFiles(backupDirectory, FilePrefix + "*.db")
                .Select(file => (File: file, Stamp: Path.GetFileNameWithoutExtension(file)[FilePrefix.Length..]))
                .Select(f => (f.File, Time: f.Stamp.Length > StampLength ? f.Stamp[..StampLength] : f.Stamp, Counter: Counter(f.Stamp)))
                .OrderByDescending(f => f.Time, StringComparer.Ordinal)
                .ThenByDescending(f => f.Counter)
                .Select(f => f.File)
                .ToList()
            : [];

    /// <summary>1 for "20260115-120000", n for "20260115-120000-n".</summary>
    private static int Counter(string stamp) =>
        stamp.Length > StampLength + 1 && int.TryParse(stamp.AsSpan(StampLength + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 1;

    /// <summary>The next name for this second: plain, or with a counter above every backup of the same second still
    /// there (a pruned "-1" must not be reused, or the new backup would sort before "-2" and be pruned at once).</summary>
    private string UniqueTarget(string backupDirectory)
    {
        var stamp = time.GetUtcNow().UtcDateTime.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        var taken = Directory.EnumerateFiles(backupDirectory, $"{FilePrefix}{stamp}*.db")
            .Select(file => Counter(Path.GetFileNameWithoutExtension(file)[FilePrefix.Length..]))
            .DefaultIfEmpty(0)
            .Max();
        return Path.Combine(backupDirectory, taken == 0 ? $"{FilePrefix}{stamp}.db" : $"{FilePrefix}{stamp}-{taken + 1}.db");
    }

    private static List<string> Prune(string backupDirectory, int keep)
    {
        var old = List(backupDirectory).Skip(keep).ToList();
        foreach (var file in old)
        {
            File.Delete(file);
            // Sidecars an older version (or an open in WAL mode) left beside the backup go with it.
            File.Delete(file + "-wal");
            File.Delete(file + "-shm");
        }

        return old;
    }
}
