using CollectionSite.Artwork.Download;
using CollectionSite.Artwork.Imaging;
using CollectionSite.Artwork.Renditions;
using CollectionSite.Artwork.Sources;
using CollectionSite.Clients.Http;
using CollectionSite.Disk;
using CollectionSite.Domain;
using CollectionSite.Storage;
using Microsoft.Extensions.Logging;

namespace CollectionSite.Artwork;

/// <summary>
/// The image an item got: the winning candidate, its original (with its colour), its files, the better candidates that
/// failed first, whether it took a download and how many files were encoded.
/// </summary>
public sealed record ResolvedArtwork(ArtworkCandidate Candidate, ArtworkOriginal Original, IReadOnlyList<ArtworkItemFile> Files, IReadOnlyList<ArtworkFailure> Failures, bool Downloaded, int Encoded);

/// <summary>
/// Tries an item's candidates best first until one gives an image that downloads, validates and resizes; each that
/// fails is recorded with its reason and the next is tried.
/// </summary>
public sealed class ArtworkResolver(ImageDownloader downloader, OriginalStore originals, RenditionCache renditions, ArtworkRepository repository, ILogger<ArtworkResolver> logger)
{
    /// <param name="refresh">Ask the servers again (conditionally) for URLs already downloaded.</param>
    /// <exception cref="ArtworkUnavailableException">Every candidate failed; the message names each source and why.</exception>
    /// <exception cref="FatalRemoteException">Every candidate failed and one host refused all requests (open breaker): the stage stops.</exception>
    public async Task<ResolvedArtwork> ResolveAsync(IReadOnlyList<ArtworkCandidate> candidates, bool refresh, CancellationToken cancellationToken)
    {
        var failures = new List<ArtworkFailure>();
        FatalRemoteException? fatal = null;
        foreach (var candidate in candidates)
        {
            try
            {
                return await TryAsync(candidate, refresh, failures, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (TimeBudgetExhaustedException)
            {
                // Not this source's fault: the next source would be refused too, and the item is simply left for the next run.
                throw;
            }
            catch (Exception ex) when (DiskErrors.RefusesWrites(ex))
            {
                // The artwork folder's disk is full or read-only: no source would fare better, and it is no item's failure.
                throw;
            }
            catch (Exception ex)
            {
                fatal ??= ex as FatalRemoteException;
                var reason = Describe(ex);
                failures.Add(new ArtworkFailure(candidate.Source, reason));
                logger.LogWarning("Artwork: the {Source} image failed ({Reason}); trying the next source", candidate.Source, reason);
            }
        }

        throw fatal as Exception ?? new ArtworkUnavailableException(failures);
    }

    private async Task<ResolvedArtwork> TryAsync(ArtworkCandidate candidate, bool refresh, List<ArtworkFailure> failures, CancellationToken cancellationToken)
    {
        var fetched = await downloader.FetchAsync(candidate, refresh, cancellationToken);
        var path = originals.Find(fetched.Original) ?? throw new ImageDownloadException($"the original of {candidate.Source} disappeared from the artwork folder");
        RenditionSet set;
        try
        {
            set = await renditions.EnsureAsync(fetched.Original, path, cancellationToken);
        }
        catch (ImageRejectedException) when (!candidate.IsLocalFile)
        {
            // A body that passed the header check but does not decode may have been cut short: the next try downloads it again.
            await repository.ForgetDownloadAsync(candidate.Location, CancellationToken.None);
            throw;
        }

        return new ResolvedArtwork(candidate, fetched.Original with { Colour = set.Colour }, set.Files, [.. failures], fetched.Downloaded, set.Encoded);
    }

    /// <summary>One line: the exception's message and its causes', without repeats.</summary>
    private static string Describe(Exception ex)
    {
        var parts = new List<string>();
        for (var current = ex; current is not null && parts.Count < 3; current = current.InnerException)
        {
            if (parts.Count == 0 || !parts[^1].Contains(current.Message, StringComparison.Ordinal))
            {
                parts.Add(current.Message);
            }
        }

        return string.Join(" <- ", parts);
    }
}

/// <summary>No candidate of an item gave a usable image. The message lists each source with its reason.</summary>
public sealed class ArtworkUnavailableException : Exception
{
    public ArtworkUnavailableException()
    {
    }

    public ArtworkUnavailableException(string message)
        : base(message)
    {
    }

    public ArtworkUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ArtworkUnavailableException(IReadOnlyList<ArtworkFailure> failures)
        : base("No usable image: " + string.Join("; ", failures.Select(f => $"{f.Source}: {f.Reason}")))
    {
        Failures = failures;
    }

    public IReadOnlyList<ArtworkFailure> Failures { get; } = [];
}
