using CollectionSite.Artwork;

namespace CollectionSite.Tests.Rendering.Support;

/// <summary>Artwork files created on demand in a scratch folder (a few bytes each: rendering only copies them).</summary>
public sealed class FakeArtworkStore(string folder) : IArtworkStore
{
    private readonly Dictionary<long, string> covers = [];
    private readonly Dictionary<long, string> artists = [];

    public void AddCover(long releaseId, string bytes = "cover") => covers[releaseId] = Write($"release-{releaseId}.jpg", bytes);

    public void AddArtistImage(long artistId, string bytes = "artist") => artists[artistId] = Write($"artist-{artistId}.jpg", bytes);

    public string? FindReleaseCover(long releaseId) => covers.GetValueOrDefault(releaseId);

    public string? FindArtistImage(long artistId) => artists.GetValueOrDefault(artistId);

    private string Write(string name, string bytes)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, bytes);
        return path;
    }
}
