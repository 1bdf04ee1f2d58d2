using Microsoft.Data.Sqlite;

namespace CollectionSite.Storage;

/// <summary>
/// The SQLite file that holds all resumable state. Opens connections in WAL mode with a busy timeout and
/// applies the numbered embedded migrations once per process. Every repository goes through here.
/// An existing file is checked first (<see cref="StateDatabaseProblems"/>): a damaged or newer database throws
/// <see cref="StateDatabaseException"/> from every open and is never modified, recreated or replaced.
/// </summary>
public sealed class StateDatabase
{
    public const string FileName = "collectionsite.db";

    private readonly string connectionString;
    private readonly Lazy<Task> migration;

    public StateDatabase(string stateDirectory)
    {
        Directory.CreateDirectory(stateDirectory);
        FilePath = Path.GetFullPath(Path.Combine(stateDirectory, FileName));
        connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = FilePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        migration = new Lazy<Task>(MigrateAsync, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public string FilePath { get; }

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await EnsureMigratedAsync(cancellationToken);
        return await OpenRawAsync(cancellationToken);
    }

    /// <summary>Runs <paramref name="work"/> in one transaction: all of it lands, or none of it (also on SIGKILL).</summary>
    public async Task<T> InTransactionAsync<T>(Func<SqliteConnection, SqliteTransaction, Task<T>> work, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var result = await work(connection, transaction);
        await transaction.CommitAsync(CancellationToken.None);
        return result;
    }

    public Task InTransactionAsync(Func<SqliteConnection, SqliteTransaction, Task> work, CancellationToken cancellationToken) =>
        InTransactionAsync<bool>(
            async (connection, transaction) =>
            {
                await work(connection, transaction);
                return true;
            },
            cancellationToken);

    /// <summary>Folds the WAL back into the main file so the database is one file again (before a CI cache save).</summary>
    public async Task CheckpointAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await connection.ExecuteAsync("PRAGMA wal_checkpoint(TRUNCATE);", cancellationToken);
        SqliteConnection.ClearPool(connection);
    }

    private async Task<SqliteConnection> OpenRawAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        // journal_mode is stored in the file (set once by the migration step); these two are per connection.
        await connection.ExecuteAsync("PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;", cancellationToken);
        return connection;
    }

    /// <summary>
    /// Refuses a database that is damaged or newer than this build before anything writes to it (not even the journal
    /// mode): the user's file stays byte for byte as it was, for a restore or a newer CollectionSite.
    /// </summary>
    private async Task CheckExistingAsync()
    {
        var builder = new SqliteConnectionStringBuilder(connectionString) { Mode = SqliteOpenMode.ReadWrite, Pooling = false };
        await using var connection = new SqliteConnection(builder.ToString());
        try
        {
            await connection.OpenAsync(CancellationToken.None);
            var verdict = await StateDatabaseProblems.CheckAsync(connection, FilePath, CancellationToken.None);
            if (verdict != "ok")
            {
                throw StateDatabaseProblems.Damaged(FilePath, verdict);
            }

            if (await StateDatabaseProblems.NewerSchemaAsync(connection, CancellationToken.None) is var (schema, known))
            {
                throw StateDatabaseProblems.Newer(FilePath, schema, known);
            }
        }
        catch (SqliteException ex) when (StateDatabaseProblems.IsDamage(ex))
        {
            throw StateDatabaseProblems.Damaged(FilePath, "SQLite: " + ex.Message, ex);
        }
    }

    /// <summary>Migrations run once per process; they are short, so they are not cancellable half-way.</summary>
    private Task EnsureMigratedAsync(CancellationToken cancellationToken) => migration.Value.WaitAsync(cancellationToken);

    private async Task MigrateAsync()
    {
        if (File.Exists(FilePath))
        {
            await CheckExistingAsync();
        }

        await using var connection = await OpenRawAsync(CancellationToken.None);
        // WAL: readers never block the writer, and a killed process leaves the last committed state.
        await connection.ExecuteAsync("PRAGMA journal_mode = WAL;", CancellationToken.None);
        await Migrator.ApplyAsync(connection, CancellationToken.None);
    }
}
