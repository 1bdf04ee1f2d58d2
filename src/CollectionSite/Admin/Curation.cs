using CollectionSite.Corrections;
using CollectionSite.Storage;

namespace CollectionSite.Admin;

/// <summary>What an override form asks for: pin (an id or a link), none, a search term, an image URL, or clear.</summary>
public enum OverrideAction
{
    Pin,
    None,
    Search,
    ImageUrl,
    Clear,
}

/// <summary>
/// The admin's corrections, each through the store the CLI uses (enrichment_overrides via <see cref="OverrideRepository"/>,
/// parsed by <see cref="OverrideInput"/> exactly as `override set` parses it; skip_list; display_overrides), held under
/// <see cref="AdminGate"/> and compared against the version the form was made from. They survive every later run and
/// --refresh, which never write these tables.
/// </summary>
public sealed class Curation(
    AdminGate gate,
    OverrideRepository overrides,
    DisplayOverrideRepository displays,
    SkipListRepository skipList,
    DeadLetterQueue deadLetters,
    TimeProvider time,
    Func<long, CancellationToken, Task<bool>> knownReleases,
    Func<string, CancellationToken, Task<System.Net.IPAddress[]>> resolveHost)
{
    /// <summary>Sets or clears the override of <paramref name="source"/> for the item, if it is still at <paramref name="expectedVersion"/>.</summary>
    /// <exception cref="Hosting.StateLockedException">A build holds the state folder; nothing changed.</exception>
    public async Task<EditResult> OverrideAsync(string source, OverrideTarget target, OverrideAction action, string? value, string expectedVersion, CancellationToken cancellationToken)
    {
        var checkedTarget = OverrideInput.Target(
            source, target.ItemKind == ItemKinds.Release ? target.ItemId : null, target.ItemKind == ItemKinds.Artist ? target.ItemId : null, out var problem);
        OverrideRequest? request = null;
        if (checkedTarget is not null && action != OverrideAction.Clear)
        {
            request = OverrideInput.Request(
                source,
                target,
                id: action == OverrideAction.Pin ? value ?? string.Empty : null,
                url: action == OverrideAction.ImageUrl ? value ?? string.Empty : null,
                none: action == OverrideAction.None,
                search: action == OverrideAction.Search ? value ?? string.Empty : null,
                file: null,
                out problem);
            if (request is { Kind: OverrideKind.Image, Value: { } url } && await RemoteImageUrl.ProblemAsync(url, resolveHost, cancellationToken) is { } unsafeUrl)
            {
                (request, problem) = (null, unsafeUrl);
            }
        }

        if (checkedTarget is null || (request is null && action != OverrideAction.Clear))
        {
            return EditResult.Invalid(problem);
        }

        return await SetAsync(source, target, request, expectedVersion, cancellationToken);
    }

    /// <summary>
    /// Checks the release exists and the artwork override is still at <paramref name="expectedVersion"/>, then stores the upload
    /// (<paramref name="store"/>: <see cref="CoverUploads.StoreAsync"/>) and pins it: a refused edit leaves no file behind.
    /// </summary>
    /// <exception cref="Artwork.Imaging.ImageRejectedException">The upload is not an image we accept; nothing changed.</exception>
    public Task<EditResult> UploadedImageAsync(OverrideTarget target, Func<Task<string>> store, string expectedVersion, CancellationToken cancellationToken) =>
        gate.EditAsync(
            async () =>
            {
                if (await MissingAsync(target, cancellationToken) is { } missing)
                {
                    return missing;
                }

                var current = await overrides.GetAsync(EnrichmentSources.Artwork, target.ItemKind, target.ItemId, cancellationToken);
                if (OverrideVersion.Of(current) != expectedVersion)
                {
                    return EditResult.Conflict($"The Artwork override of {target}");
                }

                var request = OverrideInput.Request(EnrichmentSources.Artwork, target, null, null, false, null, await store(), out var problem);
                return request is null ? EditResult.Invalid(problem) : await WriteAsync(EnrichmentSources.Artwork, target, request, cancellationToken);
            },
            cancellationToken);

    /// <summary>Stores the album's display fields (blank → Discogs' value), if the row is still at <paramref name="expectedVersion"/>.</summary>
    public async Task<EditResult> DisplayAsync(long releaseId, string? title, string? artist, string? notes, int expectedVersion, CancellationToken cancellationToken)
    {
        var value = new DisplayOverride(releaseId, Line(title), Line(artist), Notes(notes), expectedVersion + 1, time.GetUtcNow());
        if (value.Problems() is { Count: > 0 } problems)
        {
            return EditResult.Invalid(string.Join(" ", problems));
        }

        return await gate.EditAsync(
            async () => await MissingAsync(new OverrideTarget(ItemKinds.Release, releaseId), cancellationToken)
                ?? (await displays.TrySaveAsync(value, expectedVersion, cancellationToken)
                    ? EditResult.Saved("Display fields saved; re-render to see them on the site.")
                    : EditResult.Conflict("The display fields")),
            cancellationToken);
    }

    /// <summary>Skips (with a reason) or unskips the release, if its skip entry is still at <paramref name="expectedVersion"/> (<see cref="SkipVersion"/>).</summary>
    public async Task<EditResult> SkipAsync(long releaseId, bool skip, string? reason, string expectedVersion, CancellationToken cancellationToken)
    {
        if (reason is { Length: > DisplayOverride.MaxLineLength } || (reason ?? string.Empty).Any(char.IsControl))
        {
            return EditResult.Invalid($"The reason must be one line of at most {DisplayOverride.MaxLineLength} characters.");
        }

        return await gate.EditAsync(
            async () =>
            {
                var current = (await skipList.GetAllAsync(cancellationToken)).FirstOrDefault(s => s.ReleaseId == releaseId);
                if (SkipVersion.Of(current) != expectedVersion)
                {
                    return EditResult.Conflict($"The skip of release {releaseId}");
                }

                if (skip)
                {
                    await skipList.AddAsync(releaseId, Line(reason), time.GetUtcNow(), cancellationToken);
                    return EditResult.Saved($"Release {releaseId} is skipped; re-render to remove its page.");
                }

                return await skipList.RemoveAsync(releaseId, cancellationToken)
                    ? EditResult.Saved($"Release {releaseId} is no longer skipped; re-render to publish it again.")
                    : EditResult.Saved($"Release {releaseId} was not skipped.");
            },
            cancellationToken);
    }

    /// <summary>Makes the item due again for the source's stages: the next run (or re-render) decides it afresh.</summary>
    public Task<EditResult> RequeueAsync(string source, OverrideTarget target, CancellationToken cancellationToken) =>
        gate.EditAsync(
            async () =>
            {
                await overrides.RequeueAsync(source, target.ItemKind, target.ItemId, cancellationToken);
                return EditResult.Saved($"{EnrichmentSources.DisplayName(source)} for {target} is queued; the next run decides it again.");
            },
            cancellationToken);

    /// <summary>Brings back the dead letters of <paramref name="stage"/> (null: all) for one item (null: all), as `retry` does.</summary>
    public Task<EditResult> RetryAsync(string? stage, string? itemKind, long? itemId, CancellationToken cancellationToken) =>
        gate.EditAsync(
            async () =>
            {
                var chosen = (await deadLetters.FindAsync(stage, null, cancellationToken))
                    .Where(f => itemId is null || (f.ItemKind == itemKind && f.ItemId == itemId))
                    .ToList();
                var count = await deadLetters.RequeueAsync(chosen, cancellationToken);
                return EditResult.Saved(count == 0 ? "There was no such dead letter: nothing to retry." : $"{count} dead letter(s) brought back; the next run tries them again.");
            },
            cancellationToken);

    private Task<EditResult> SetAsync(string source, OverrideTarget target, OverrideRequest? request, string expectedVersion, CancellationToken cancellationToken) =>
        gate.EditAsync(
            async () =>
            {
                if (await MissingAsync(target, cancellationToken) is { } missing)
                {
                    return missing;
                }

                var current = await overrides.GetAsync(source, target.ItemKind, target.ItemId, cancellationToken);
                if (OverrideVersion.Of(current) != expectedVersion)
                {
                    return EditResult.Conflict($"The {EnrichmentSources.DisplayName(source)} override of {target}");
                }

                if (request is null)
                {
                    var name = EnrichmentSources.DisplayName(source);
                    return await overrides.ClearAsync(source, target.ItemKind, target.ItemId, cancellationToken)
                        ? EditResult.Saved($"{name} override for {target} removed; the next run decides it again.")
                        : EditResult.Saved($"{target} had no {name} override.");
                }

                return await WriteAsync(source, target, request, cancellationToken);
            },
            cancellationToken);

    private async Task<EditResult> WriteAsync(string source, OverrideTarget target, OverrideRequest request, CancellationToken cancellationToken)
    {
        await overrides.SetAsync(new EnrichmentOverride(source, target.ItemKind, target.ItemId, request.Kind, request.Value, time.GetUtcNow()), cancellationToken);
        return EditResult.Saved($"{EnrichmentSources.DisplayName(source)} override for {target}: {OverrideText.Describe(request.Kind, request.Value)}. Re-render to apply it.");
    }

    /// <summary>Not found, for a release that is neither in the collection (by a listing's id or its page id) nor on the skip list.</summary>
    private async Task<EditResult?> MissingAsync(OverrideTarget target, CancellationToken cancellationToken) =>
        target.ItemKind != ItemKinds.Release || await knownReleases(target.ItemId, cancellationToken)
            ? null
            : EditResult.NotFound($"Release {target.ItemId} is not in the collection or on the skip list.");

    private static string? Line(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string? Notes(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Trim();
}
