using System.Globalization;
using CollectionSite.Storage;

namespace CollectionSite.Corrections;

/// <summary>Everything `match show` knows about one source for one release or artist.</summary>
/// <param name="Heading">"Apple Music", or "Wikipedia for Björk (artist 97545)".</param>
/// <param name="NotConfigured">Why the source is off in this configuration; null when it is on.</param>
/// <param name="Decision">The stored decision; null when the stage never stored one.</param>
/// <param name="Matched">The decision's match (id, URL, title); null without one.</param>
/// <param name="Progress">The item's row in the source's stage; null when never tried.</param>
/// <param name="RetryCommand">The `retry` arguments that bring this item back when it is a dead letter.</param>
public sealed record MatchSection(
    string Heading,
    string? NotConfigured,
    MatchDecision<object>? Decision,
    MatchedItem? Matched,
    EnrichmentOverride? Override,
    ProgressEntry? Progress,
    string RetryCommand);

/// <summary>The lines `match show` prints for one source: status and why, the match, the override, the candidates, the last error.</summary>
public static class MatchReport
{
    public static IEnumerable<string> Lines(MatchSection section)
    {
        var status = MatchStatuses.Of(section.Decision?.State, section.Progress?.Status);
        var decision = section.Decision;
        var headline = status switch
        {
            MatchStatus.Matched => $"matched by {decision!.Method}, confidence {Score(decision.Confidence)}",
            MatchStatus.NoMatch => decision!.Candidates.Count == 0
                ? "no-match (no candidates)"
                : $"no-match (best candidate {Score(decision.Confidence)}, below the minimum confidence)",
            MatchStatus.Skipped => "skipped (override: none)",
            MatchStatus.Failed => $"failed ({Runs(section.Progress!.Attempts)}; tried again on the next run)",
            MatchStatus.DeadLetter => $"dead-letter (after {Runs(section.Progress!.Attempts)}; `collectionsite retry {section.RetryCommand}` brings it back)",
            _ => section.NotConfigured is null ? "pending (decided on the next build)" : "pending",
        };
        yield return $"{section.Heading}: {headline}";
        if (section.NotConfigured is { } off)
        {
            yield return $"  source {off}";
        }

        if (status is MatchStatus.Failed or MatchStatus.DeadLetter && section.Progress?.LastError is { } error)
        {
            yield return $"  last error: {error}";
        }

        if (decision is not null && status is not (MatchStatus.Matched or MatchStatus.NoMatch or MatchStatus.Skipped))
        {
            yield return $"  previous decision ({decision.DecidedUtc.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}, still shown on the site): {Name(decision.State)}";
        }

        if (section.Matched is { } matched)
        {
            yield return $"  chosen: {matched.Id} – {matched.Title}";
            if (matched.Url is { } url)
            {
                yield return $"  {url}";
            }
        }

        if (section.Override is { } pinned)
        {
            yield return $"  override: {OverrideText.Describe(pinned.Kind, pinned.Value)} (set {pinned.SetUtc.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)})";
        }

        if (decision is { Candidates.Count: > 0 })
        {
            yield return "  candidates (score, id, title – artist):";
            foreach (var candidate in decision.Candidates)
            {
                var artist = candidate.Artist.Length > 0 ? $" – {candidate.Artist}" : string.Empty;
                yield return $"    {Score(candidate.Score)}  {candidate.Id}  {candidate.Title}{artist}";
            }
        }
    }

    private static string Score(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Runs(int attempts) => attempts == 1 ? "1 failed run" : $"{attempts} failed runs";

    private static string Name(MatchState state) => state switch
    {
        MatchState.Matched => "matched",
        MatchState.NoMatch => "no-match",
        _ => "skipped",
    };
}
