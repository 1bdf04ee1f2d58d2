using System.Collections.Concurrent;
using System.Security.Cryptography;
using CollectionSite.Artwork.Imaging;
using CollectionSite.Domain;
using CollectionSite.Storage;

namespace CollectionSite.Artwork.Renditions;

/// <summary>An original's files as the recipe wants them, its dominant colour, and how many files had to be encoded now.</summary>
public sealed record RenditionSet(IReadOnlyList<ArtworkItemFile> Files, string? Colour, int Encoded);

/// <summary>
/// The rendition cache (renditions/ab/&lt;key&gt;.&lt;ext&gt;): makes the files an original lacks under the current recipe in
/// one <see cref="IImageProcessor.Render"/> call (one decode), and nothing when they are all there, whatever the files'
/// times say. Items sharing an original wait for each other instead of encoding it twice.
/// </summary>
public sealed class RenditionCache(IImageProcessor processor, ArtworkRepository repository, ArtworkPaths paths, RenditionRecipe recipe)
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> gates = new(StringComparer.Ordinal);

    /// <param name="originalPath">Where the original is (it is read only when a file is missing).</param>
    /// <exception cref="ImageRejectedException">The original does not decode; no file is left behind.</exception>
    public async Task<RenditionSet> EnsureAsync(ArtworkOriginal original, string originalPath, CancellationToken cancellationToken)
    {
        var plan = recipe.Plan(original);
        var gate = gates.GetOrAdd(original.Sha256, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            var cached = new Dictionary<string, ArtworkRendition>(await repository.GetRenditionsAsync(original.Sha256, cancellationToken), StringComparer.Ordinal);
            var missing = plan.Where(p => !cached.ContainsKey(p.Key) || !File.Exists(paths.Rendition(p.Key, p.FormatName))).ToList();
            var colour = original.Colour;
            if (missing.Count > 0)
            {
                var made = Render(original, originalPath, missing, cancellationToken);
                var newColour = made.Colour is { } computed && computed != colour ? computed : null;
                await repository.SaveRenditionsAsync(original.Sha256, made.Renditions, newColour, cancellationToken);
                foreach (var rendition in made.Renditions)
                {
                    cached[rendition.Key] = rendition;
                }

                colour = newColour ?? colour;
            }

            return new RenditionSet([.. plan.Select(p => new ArtworkItemFile(p.Slot, cached[p.Key]))], colour, missing.Count);
        }
        finally
        {
            gate.Release();
        }
    }

    private (List<ArtworkRendition> Renditions, string? Colour) Render(ArtworkOriginal original, string originalPath, List<PlannedRendition> missing, CancellationToken cancellationToken)
    {
        var requests = missing.Select(p => new RenditionRequest(p.LongEdge, p.Format, p.Quality, paths.Rendition(p.Key, p.FormatName))).ToList();
        var rendered = processor.Render(originalPath, requests, cancellationToken);
        var byPath = rendered.Renditions.ToDictionary(r => Path.GetFullPath(r.Path), StringComparer.Ordinal);
        var renditions = missing.Zip(requests, (planned, request) =>
        {
            var file = byPath.TryGetValue(Path.GetFullPath(request.OutputPath), out var found)
                ? found
                : throw new ImageRejectedException($"the image processor wrote no {planned.FormatName} file at {planned.LongEdge} px");
            var bytes = File.ReadAllBytes(file.Path);
            return new ArtworkRendition(planned.Key, original.Sha256, planned.LongEdge, planned.FormatName, planned.Quality, file.Width, file.Height, bytes.Length, Convert.ToHexStringLower(SHA256.HashData(bytes)));
        }).ToList();
        return (renditions, rendered.DominantColour);
    }
}
