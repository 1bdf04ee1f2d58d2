using Microsoft.Data.Sqlite;

namespace CollectionSite.Storage;

/// <summary>
/// The collector's display fields per album (display_overrides), written by the admin UI and read by the renderer.
/// Writes are compare-and-swap on the row's version, so two edits made from the same page never silently overwrite
/// each other.
/// </summary>
public sealed class DisplayOverrideRepository(StateDatabase database)
{
    /// <summary>The album's display fields; null when it has none.</summary>
    public async Task<DisplayOverride?> GetAsync(long releaseId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync($"SELECT {Columns} FROM display_overrides WHERE release_id = $id", Map, cancellationToken, null, ("$id", releaseId));
        return rows.FirstOrDefault();
    }

    /// <summary>Every album's display fields, by release id.</summary>
    public async Task<IReadOnlyDictionary<long, DisplayOverride>> GetAllAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync($"SELECT {Columns} FROM display_overrides", Map, cancellationToken);
        return rows.ToDictionary(r => r.ReleaseId);
    }

    /// <summary>
    /// Stores <paramref name="value"/>'s fields if the stored row is still at <paramref name="expectedVersion"/> (0: no row),
    /// as version + 1; fields all null delete the row. Returns false, writing nothing, when another edit landed first.
    /// </summary>
    /// <exception cref="ArgumentException">A value breaks <see cref="DisplayOverride.Problems"/>.</exception>
    public Task<bool> TrySaveAsync(DisplayOverride value, int expectedVersion, CancellationToken cancellationToken)
    {
        if (value.Problems() is { Count: > 0 } problems)
        {
            throw new ArgumentException(string.Join(" ", problems), nameof(value));
        }

        return database.InTransactionAsync(
            async (connection, transaction) =>
            {
                var current = Convert.ToInt32(
                    await connection.ScalarAsync("SELECT version FROM display_overrides WHERE release_id = $id", cancellationToken, transaction, ("$id", value.ReleaseId)) ?? 0L,
                    System.Globalization.CultureInfo.InvariantCulture);
                if (current != expectedVersion)
                {
                    return false;
                }

                await (value.IsEmpty ? DeleteAsync(connection, transaction, value.ReleaseId, cancellationToken) : UpsertAsync(connection, transaction, value, current + 1, cancellationToken));
                return true;
            },
            cancellationToken);
    }

    private const string Columns = "release_id, title, artist, notes, version, updated_utc";

    private static Task<int> DeleteAsync(SqliteConnection connection, SqliteTransaction transaction, long releaseId, CancellationToken cancellationToken) =>
        connection.ExecuteAsync("DELETE FROM display_overrides WHERE release_id = $id", cancellationToken, transaction, ("$id", releaseId));

    private static Task<int> UpsertAsync(SqliteConnection connection, SqliteTransaction transaction, DisplayOverride value, int version, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(
            """
            INSERT INTO display_overrides (release_id, title, artist, notes, version, updated_utc)
            VALUES ($id, $title, $artist, $notes, $version, $now)
            ON CONFLICT (release_id) DO UPDATE SET
                title = excluded.title, artist = excluded.artist, notes = excluded.notes, version = excluded.version, updated_utc = excluded.updated_utc
            """,
            cancellationToken,
            transaction,
            ("$id", value.ReleaseId),
            ("$title", value.Title),
            ("$artist", value.Artist),
            ("$notes", value.Notes),
            ("$version", version),
            ("$now", value.UpdatedUtc.ToDbTime()));

    private static DisplayOverride Map(SqliteDataReader row) => new(
        row.GetInt64(0), row.GetNullableString(1), row.GetNullableString(2), row.GetNullableString(3), row.GetInt32(4), SqliteExtensions.FromDbTime(row.GetString(5)));
}
