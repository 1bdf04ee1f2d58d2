using Microsoft.Data.Sqlite;

namespace CollectionSite.Storage;

/// <summary>
/// An open transaction on the state database. Repositories take it in their in-transaction methods, so a
/// stage's data and its item's "done" can be written together without the stage seeing SQLite.
/// </summary>
public sealed class StateTransaction
{
    internal StateTransaction(SqliteConnection connection, SqliteTransaction transaction)
    {
        Connection = connection;
        Transaction = transaction;
    }

    internal SqliteConnection Connection { get; }

    internal SqliteTransaction Transaction { get; }
}

/// <summary>Work a stage stores inside the transaction that also records its item as finished.</summary>
public delegate Task StateWrite(StateTransaction transaction, CancellationToken cancellationToken);
