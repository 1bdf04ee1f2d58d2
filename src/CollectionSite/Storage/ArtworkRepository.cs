using CollectionSite.Domain;
using Microsoft.Data.Sqlite;

namespace CollectionSite.Storage;

/// <summary>
/// Artwork state (migration 006): originals by SHA-256, what each image URL gave (validators for a conditional
/// refresh), cached renditions by key, and each release's or artist's current image. The files themselves are the
/// artwork folder's; these rows describe them.
/// </summary>
public sealed partial class ArtworkRepository(StateDatabase database)
{
    /// <summary>Every artwork stage's progress key starts with this ("artwork.cover"), so the stats can find their failures.</summary>
    public const string StageKeyPrefix = "artwork.";

    public async Task<ArtworkDownload?> GetDownloadAsync(string url, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync(
            "SELECT url, sha256, etag, last_modified, fetched_utc FROM artwork_downloads WHERE url = $url",
            r => new ArtworkDownload(r.GetString(0), r.GetString(1), r.GetNullableString(2), r.GetNullableString(3), SqliteExtensions.FromDbTime(r.GetString(4))),
            cancellationToken,
            null,
            ("$url", url));
        return rows.SingleOrDefault();
    }

    /// <summary>Forgets what <paramref name="url"/> gave (its image would not decode), so the next try downloads it again.</summary>
    public async Task ForgetDownloadAsync(string url, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync("DELETE FROM artwork_downloads WHERE url = $url", cancellationToken, null, ("$url", url));
    }

    public async Task<ArtworkOriginal?> GetOriginalAsync(string sha256, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync(
            "SELECT sha256, format, width, height, bytes, colour FROM artwork_originals WHERE sha256 = $sha",
            ReadOriginal,
            cancellationToken,
            null,
            ("$sha", sha256));
        return rows.SingleOrDefault();
    }

    /// <summary>Records a stored original (kept as it was when known already) and, when it came from a URL, what the URL gave.</summary>
    public Task SaveOriginalAsync(ArtworkOriginal original, ArtworkDownload? download, DateTimeOffset now, CancellationToken cancellationToken) =>
        database.InTransactionAsync(
            async (connection, transaction) =>
            {
                await connection.ExecuteAsync(
                    """
                    INSERT INTO artwork_originals (sha256, format, width, height, bytes, colour, stored_utc)
                    VALUES ($sha, $format, $width, $height, $bytes, $colour, $now)
                    ON CONFLICT (sha256) DO NOTHING
                    """,
                    cancellationToken,
                    transaction,
                    ("$sha", original.Sha256),
                    ("$format", original.Format),
                    ("$width", original.Width),
                    ("$height", original.Height),
                    ("$bytes", original.Bytes),
                    ("$colour", original.Colour),
                    ("$now", now.ToDbTime()));
                if (download is not null)
                {
                    await SaveDownloadAsync(connection, transaction, download, cancellationToken);
                }
            },
            cancellationToken);

    /// <summary>The cached renditions of one original, by key.</summary>
    public async Task<IReadOnlyDictionary<string, ArtworkRendition>> GetRenditionsAsync(string sha256, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync(
            $"SELECT {RenditionColumns("r")} FROM artwork_renditions r WHERE r.sha256 = $sha",
            r => ReadRendition(r, 0),
            cancellationToken,
            null,
            ("$sha", sha256));
        return rows.ToDictionary(r => r.Key, StringComparer.Ordinal);
    }

    /// <summary>
    /// Records renditions just made of the original <paramref name="sha256"/> and, when the encode measured it, the
    /// original's dominant colour, in ONE transaction: once the renditions are recorded nothing encodes the original again,
    /// so a colour saved separately would be lost for good by a kill in between.
    /// </summary>
    public Task SaveRenditionsAsync(string sha256, IReadOnlyList<ArtworkRendition> renditions, string? colour, CancellationToken cancellationToken) =>
        database.InTransactionAsync(
            async (connection, transaction) =>
            {
                if (colour is not null)
                {
                    await connection.ExecuteAsync("UPDATE artwork_originals SET colour = $colour WHERE sha256 = $sha", cancellationToken, transaction, ("$sha", sha256), ("$colour", colour));
                }

                foreach (var r in renditions)
                {
                    await connection.ExecuteAsync(
                        """
                        INSERT OR REPLACE INTO artwork_renditions (rendition_key, sha256, long_edge, format, quality, width, height, bytes, content_sha256)
                        VALUES ($key, $sha, $edge, $format, $quality, $width, $height, $bytes, $content)
                        """,
                        cancellationToken,
                        transaction,
                        ("$key", r.Key),
                        ("$sha", r.OriginalSha256),
                        ("$edge", r.LongEdge),
                        ("$format", r.Format),
                        ("$quality", r.Quality),
                        ("$width", r.Width),
                        ("$height", r.Height),
                        ("$bytes", r.Bytes),
                        ("$content", r.ContentSha256));
                }
            },
            cancellationToken);

    private static Task<int> SaveDownloadAsync(SqliteConnection connection, SqliteTransaction transaction, ArtworkDownload download, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(
            """
            INSERT INTO artwork_downloads (url, sha256, etag, last_modified, fetched_utc) VALUES ($url, $sha, $etag, $modified, $now)
            ON CONFLICT (url) DO UPDATE SET sha256 = excluded.sha256, etag = excluded.etag, last_modified = excluded.last_modified, fetched_utc = excluded.fetched_utc
            """,
            cancellationToken,
            transaction,
            ("$url", download.Url),
            ("$sha", download.Sha256),
            ("$etag", download.ETag),
            ("$modified", download.LastModified),
            ("$now", download.FetchedUtc.ToDbTime()));

    private static ArtworkOriginal ReadOriginal(SqliteDataReader r) => ReadOriginal(r, 0);

    private static ArtworkOriginal ReadOriginal(SqliteDataReader r, int first) =>
        new(r.GetString(first), r.GetString(first + 1), r.GetInt32(first + 2), r.GetInt32(first + 3), r.GetInt64(first + 4), r.GetNullableString(first + 5));

    private static string RenditionColumns(string alias) =>
        $"{alias}.rendition_key, {alias}.sha256, {alias}.long_edge, {alias}.format, {alias}.quality, {alias}.width, {alias}.height, {alias}.bytes, {alias}.content_sha256";

    private static ArtworkRendition ReadRendition(SqliteDataReader r, int first) => new(
        r.GetString(first),
        r.GetString(first + 1),
        r.GetInt32(first + 2),
        r.GetString(first + 3),
        r.GetInt32(first + 4),
        r.GetInt32(first + 5),
        r.GetInt32(first + 6),
        r.GetInt64(first + 7),
        r.GetString(first + 8));
}
