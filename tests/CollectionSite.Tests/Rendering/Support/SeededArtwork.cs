using System.Security.Cryptography;
using System.Text;
using CollectionSite.Artwork;
using CollectionSite.Domain;
using CollectionSite.Storage;

namespace CollectionSite.Tests.Rendering.Support;

/// <summary>
/// Puts artwork into a test's state as the artwork stages leave it: small rendition files in the cache (a few bytes
/// each: rendering only copies them) and their rows, so the renderer reads them through the real <see cref="ArtworkLibrary"/>.
/// </summary>
public sealed class SeededArtwork(StateDatabase database, ArtworkPaths paths)
{
    public static readonly DateTimeOffset Stored = new(2025, 3, 1, 9, 30, 15, TimeSpan.Zero);

    public ArtworkPaths Paths => paths;

    public Task<ItemArtwork> AddCoverAsync(long releaseId, string content = "cover", params int[] slots) =>
        AddAsync(ItemKinds.Release, releaseId, content, slots.Length == 0 ? [600, 300] : slots);

    public Task<ItemArtwork> AddArtistImageAsync(long artistId, string content = "artist") => AddAsync(ItemKinds.Artist, artistId, content, [600, 300]);

    /// <summary>An image for the item: every slot in JPEG and WebP, square, whose bytes are <paramref name="content"/> plus the file's slot and format.</summary>
    public async Task<ItemArtwork> AddAsync(string kind, long id, string content, IReadOnlyList<int> slots)
    {
        var repository = new ArtworkRepository(database);
        var original = new ArtworkOriginal(Hash(content), "jpeg", 1400, 1400, content.Length, "#102030");
        await repository.SaveOriginalAsync(original, null, Stored, CancellationToken.None);
        var files = new List<ArtworkItemFile>();
        foreach (var format in new[] { "jpeg", "webp" })
        {
            foreach (var slot in slots.OrderDescending())
            {
                var bytes = Encoding.UTF8.GetBytes($"{content} {slot} {format}");
                var key = $"{original.Sha256}-{slot}-{format}-q80-test";
                var path = paths.Rendition(key, format);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                await File.WriteAllBytesAsync(path, bytes);
                files.Add(new ArtworkItemFile(slot, new ArtworkRendition(key, original.Sha256, slot, format, 80, slot, slot, bytes.Length, Convert.ToHexStringLower(SHA256.HashData(bytes)))));
            }
        }

        await repository.SaveRenditionsAsync(original.Sha256, [.. files.Select(f => f.Rendition)], null, CancellationToken.None);
        var item = new ItemArtwork(kind, id, "discogs-primary", $"https://i.discogs.com/{content}.jpeg", original, "seeded", files, []);
        await database.InTransactionAsync((connection, transaction) => ArtworkRepository.SaveItemAsync(new StateTransaction(connection, transaction), item, Stored, CancellationToken.None), CancellationToken.None);
        return item;
    }

    private static string Hash(string content) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
}
