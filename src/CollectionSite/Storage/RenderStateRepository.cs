using Microsoft.Data.Sqlite;

namespace CollectionSite.Storage;

/// <summary>A page's stored data hash and the lastmod it was given when that hash first appeared.</summary>
public sealed record PageState(string DataHash, DateTimeOffset Lastmod);

/// <summary>What one batch of rendering records: files about to be written and the pages' states.</summary>
public sealed record RenderBatch(IReadOnlyDictionary<string, string> Files, IReadOnlyDictionary<string, PageState> Pages);

/// <summary>The renderer's memory between runs: slugs, page lastmods and the files it owns.</summary>
public sealed class RenderStateRepository(StateDatabase database)
{
    public async Task<IReadOnlyDictionary<string, SlugBook>> GetSlugBooksAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var assignments = await connection.QueryAsync(
            "SELECT kind, entity_key, slug, base_slug, provisional FROM render_slugs",
            r => (Kind: r.GetString(0), Value: new SlugAssignment(r.GetString(1), r.GetString(2), r.GetString(3), r.GetInt64(4) != 0)),
            cancellationToken);
        var retired = await connection.QueryAsync(
            "SELECT kind, entity_key, slug FROM render_slug_aliases",
            r => (Kind: r.GetString(0), Value: new RetiredSlug(r.GetString(1), r.GetString(2))),
            cancellationToken);
        return assignments.Select(a => a.Kind).Concat(retired.Select(r => r.Kind)).Distinct(StringComparer.Ordinal).ToDictionary(
            kind => kind,
            kind => new SlugBook(
                assignments.Where(a => a.Kind == kind).Select(a => a.Value).ToList(),
                retired.Where(r => r.Kind == kind).Select(r => r.Value).ToList()),
            StringComparer.Ordinal);
    }

    /// <summary>Replaces the stored slugs of each given kind with its book, in one transaction.</summary>
    public Task SaveSlugBooksAsync(IReadOnlyDictionary<string, SlugBook> books, CancellationToken cancellationToken) =>
        database.InTransactionAsync(
            async (connection, transaction) =>
            {
                foreach (var (kind, book) in books)
                {
                    await connection.ExecuteAsync("DELETE FROM render_slugs WHERE kind = $kind", cancellationToken, transaction, ("$kind", kind));
                    await connection.ExecuteAsync("DELETE FROM render_slug_aliases WHERE kind = $kind", cancellationToken, transaction, ("$kind", kind));
                    foreach (var a in book.Assignments)
                    {
                        await connection.ExecuteAsync(
                            "INSERT INTO render_slugs (kind, entity_key, slug, base_slug, provisional) VALUES ($kind, $key, $slug, $base, $provisional)",
                            cancellationToken, transaction, ("$kind", kind), ("$key", a.Key), ("$slug", a.Slug), ("$base", a.Base), ("$provisional", a.Provisional ? 1 : 0));
                    }

                    foreach (var r in book.Retired)
                    {
                        await connection.ExecuteAsync(
                            "INSERT INTO render_slug_aliases (kind, slug, entity_key) VALUES ($kind, $slug, $key)",
                            cancellationToken, transaction, ("$kind", kind), ("$slug", r.Slug), ("$key", r.Key));
                    }
                }
            },
            cancellationToken);

    public async Task<IReadOnlyDictionary<string, PageState>> GetPageStatesAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync(
            "SELECT page_key, data_hash, lastmod_utc FROM render_pages",
            r => (Key: r.GetString(0), State: new PageState(r.GetString(1), SqliteExtensions.FromDbTime(r.GetString(2)))),
            cancellationToken);
        return rows.ToDictionary(r => r.Key, r => r.State, StringComparer.Ordinal);
    }

    /// <summary>Files the renderer owns: relative path → content hash.</summary>
    public async Task<IReadOnlyDictionary<string, string>> GetOwnedFilesAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync("SELECT path, content_hash FROM render_files", r => (r.GetString(0), r.GetString(1)), cancellationToken);
        return rows.ToDictionary(r => r.Item1, r => r.Item2, StringComparer.Ordinal);
    }

    /// <summary>Records a batch before its files are moved into place, so a killed run never leaves a file it cannot claim.</summary>
    public Task RecordAsync(RenderBatch batch, CancellationToken cancellationToken) =>
        database.InTransactionAsync(
            async (connection, transaction) =>
            {
                foreach (var (path, hash) in batch.Files)
                {
                    await Upsert(connection, transaction, "render_files", "path", "content_hash", path, hash, cancellationToken);
                }

                foreach (var (key, state) in batch.Pages)
                {
                    await connection.ExecuteAsync(
                        """
                        INSERT INTO render_pages (page_key, data_hash, lastmod_utc) VALUES ($key, $hash, $lastmod)
                        ON CONFLICT (page_key) DO UPDATE SET data_hash = excluded.data_hash, lastmod_utc = excluded.lastmod_utc
                        """,
                        cancellationToken, transaction, ("$key", key), ("$hash", state.DataHash), ("$lastmod", state.Lastmod.ToDbTime()));
                }
            },
            cancellationToken);

    /// <summary>Forgets deleted files and the states of pages that are gone.</summary>
    public Task ForgetAsync(IReadOnlyCollection<string> paths, IReadOnlyCollection<string> pageKeys, CancellationToken cancellationToken) =>
        database.InTransactionAsync(
            async (connection, transaction) =>
            {
                foreach (var path in paths)
                {
                    await connection.ExecuteAsync("DELETE FROM render_files WHERE path = $p", cancellationToken, transaction, ("$p", path));
                }

                foreach (var key in pageKeys)
                {
                    await connection.ExecuteAsync("DELETE FROM render_pages WHERE page_key = $k", cancellationToken, transaction, ("$k", key));
                }
            },
            cancellationToken);

    private static Task<int> Upsert(SqliteConnection connection, SqliteTransaction transaction, string table, string keyColumn, string valueColumn, string key, string value, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(
            $"INSERT INTO {table} ({keyColumn}, {valueColumn}) VALUES ($k, $v) ON CONFLICT ({keyColumn}) DO UPDATE SET {valueColumn} = excluded.{valueColumn}",
            cancellationToken, transaction, ("$k", key), ("$v", value));
}
