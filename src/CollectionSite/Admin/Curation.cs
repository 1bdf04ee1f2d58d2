using CollectionSite.Cli;
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

    /// <summary>Pins an uploaded image (already stored by <see cref="CoverUploads"/>) as the item's artwork.</summary>
    public async Task<EditResult> UploadedImageAsync(OverrideTarget target, string storedPath, string expectedVersion, CancellationToken cancellationToken)
    {
        var request = OverrideInput.Request(EnrichmentSources.Artwork, target, null, null, false, null, storedPath, out var problem);
        return request is null ? EditResult.Invalid(problem) : await SetAsync(EnrichmentSources.Artwork, target, request, expectedVersion, cancellationToken);
    }

    /// <summary>Stores the album's display fields (blank → Discogs' value), if the row is still at <paramref name="expectedVersion"/>.</summary>
    public async Task<EditResult> DisplayAsync(long releaseId, string? title, string? artist, string? notes, int expectedVersion, CancellationToken cancellationToken)
    {
        var value = new DisplayOverride(releaseId, Line(title), Line(artist), Notes(notes), expectedVersion + 1, time.GetUtcNow());
        if (value.Problems() is { Count: > 0 } problems)
        {
            return EditResult.Invalid(string.Join(" ", problems));
        }

        var saved = await gate.EditAsync(() => displays.TrySaveAsync(value, expectedVersion, cancellationToken), cancellationToken);
        return saved ? EditResult.Saved("Display fields saved; re-render to see them on the site.") : EditResult.Conflict("The display fields");
    }

    public async Task<EditResult> SkipAsync(long releaseId, bool skip, string? reason, CancellationToken cancellationToken)
    {
        if (reason is { Length: > DisplayOverride.MaxLineLength } || (reason ?? string.Empty).Any(char.IsControl))
        {
            return EditResult.Invalid($"The reason must be one line of at most {DisplayOverride.MaxLineLength} characters.");
        }

        return await gate.EditAsync(
            async () =>
            {
                if (skip)
                {
                    await skipList.AddAsync(releaseId, Line(reason), time.GetUtcNow(), cancellationToken);
                    return EditResult.Saved($"Release {releaseId} is skipped; re-render to remove its page.");
                }

                return await skipList.RemoveAsync(releaseId, cancellationToken)
                    ? EditResult.Saved($"Release {releaseId} is no longer skipped; the next build fetches and publishes it.")
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
                var current = await overrides.GetAsync(source, target.ItemKind, target.ItemId, cancellationToken);
                if (OverrideVersion.Of(current) != expectedVersion)
                {
                    return EditResult.Conflict($"The {EnrichmentSources.DisplayName(source)} override of {target}");
                }

                var name = EnrichmentSources.DisplayName(source);
                if (request is null)
                {
                    return await overrides.ClearAsync(source, target.ItemKind, target.ItemId, cancellationToken)
                        ? EditResult.Saved($"{name} override for {target} removed; the next run decides it again.")
                        : EditResult.Saved($"{target} had no {name} override.");
                }

                await overrides.SetAsync(new EnrichmentOverride(source, target.ItemKind, target.ItemId, request.Kind, request.Value, time.GetUtcNow()), cancellationToken);
                return EditResult.Saved($"{name} override for {target}: {OverrideCommand.Describe(request.Kind, request.Value)}. Re-render to apply it.");
            },
            cancellationToken);

    private static string? Line(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string? Notes(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Trim();
}
