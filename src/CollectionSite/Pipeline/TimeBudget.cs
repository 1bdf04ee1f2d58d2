using System.Globalization;
using CollectionSite.Storage;

namespace CollectionSite.Pipeline;

/// <summary>
/// The run's time budget (Run:MaxDuration, --max-duration): no remote request starts after the budget minus the render
/// reserve, so what is done is rendered and the run exits 0 within the budget. The reserve is twice the last measured
/// render (stored in meta by the render stage), and at least <see cref="ReserveFloor"/>, which also covers requests
/// still in flight at the deadline (each is bounded by its source's timeout, 30 s for Discogs by default).
/// </summary>
public static class TimeBudget
{
    /// <summary>meta key: seconds the last render took (invariant decimal).</summary>
    public const string LastRenderKey = "render.last_duration_seconds";

    /// <summary>The smallest reserve: in-flight requests finishing plus the render of a small site.</summary>
    public static readonly TimeSpan ReserveFloor = TimeSpan.FromMinutes(1);

    /// <summary>The render reserve for a site whose last render took <paramref name="lastRender"/> (null: never rendered).</summary>
    public static TimeSpan Reserve(TimeSpan? lastRender) =>
        lastRender is { } last && last * 2 > ReserveFloor ? last * 2 : ReserveFloor;

    /// <summary>When requests stop being started for a run that started at <paramref name="started"/>: may be at once
    /// (a budget smaller than the reserve renders what is there without fetching anything).</summary>
    public static DateTimeOffset StopStartingAt(DateTimeOffset started, TimeSpan budget, TimeSpan reserve) =>
        started + (budget > reserve ? budget - reserve : TimeSpan.Zero);

    /// <summary>The last render's measured duration, or null when none was recorded.</summary>
    public static async Task<TimeSpan?> LastRenderAsync(MetaRepository meta, CancellationToken cancellationToken) =>
        await meta.GetTextAsync(LastRenderKey, cancellationToken) is { } text
        && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0
            ? TimeSpan.FromSeconds(seconds)
            : null;

    /// <summary>Records how long a render took, for the next run's reserve.</summary>
    public static Task RecordRenderAsync(MetaRepository meta, TimeSpan duration, CancellationToken cancellationToken) =>
        meta.SetTextAsync(LastRenderKey, duration.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture), cancellationToken);
}
