using Microsoft.Data.Sqlite;

namespace CollectionSite.Tests.Fakes;

/// <summary>
/// The content of a state database as sorted text rows, without the columns that record WHEN something
/// happened (times differ between runs by nature). Two runs that did the same work give equal snapshots.
/// </summary>
public static class StateSnapshot
{
    private static readonly string[] Queries =
    [
        "SELECT 'item', instance_id, release_id, folder_id, date_added, rating, notes_json, removed_utc IS NULL FROM collection_items",
        "SELECT 'release', release_id, title, master_id, year, raw_json, model_json FROM releases",
        "SELECT 'master', master_id, status, year, raw_json, model_json FROM masters",
        "SELECT 'artist', artist_id, status, name, raw_json, model_json FROM artists",
        "SELECT 'stage', stage, item_kind, item_id, status, attempts, last_error FROM stage_progress",
        "SELECT 'skip', release_id, reason FROM skip_list",
    ];

    public static IReadOnlyList<string> Read(string databasePath)
    {
        var rows = new List<string>();
        using var connection = Open(databasePath);
        foreach (var query in Queries)
        {
            using var command = connection.CreateCommand();
            command.CommandText = query;
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                rows.Add(string.Join('|', Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "∅" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
            }
        }

        rows.Sort(StringComparer.Ordinal);
        return rows;
    }

    public static string IntegrityCheck(string databasePath)
    {
        using var connection = Open(databasePath);
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check;";
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
    }

    private static SqliteConnection Open(string databasePath)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadWrite, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }
}
