using System.Security.Cryptography;
using System.Text;
using CollectionSite.Storage;

namespace CollectionSite.Admin;

/// <summary>How an edit ended: saved, refused as invalid (400), refused because another edit landed first (409), or its release is unknown (404).</summary>
public enum EditStatus
{
    Saved,
    Invalid,
    Conflict,
    NotFound,
}

/// <summary>An edit's outcome and the one line the page shows.</summary>
public sealed record EditResult(EditStatus Status, string Message)
{
    public static EditResult Saved(string message) => new(EditStatus.Saved, message);

    public static EditResult Invalid(string message) => new(EditStatus.Invalid, message);

    public static EditResult NotFound(string message) => new(EditStatus.NotFound, message);

    public static EditResult Conflict(string what) =>
        new(EditStatus.Conflict, $"{what} was changed by someone else after you opened the page, so your edit was not saved. Reload the page to see the current value, then edit again.");
}

/// <summary>
/// The version an override edit was made from: "0" for no override, else a short hash of its kind, value and time.
/// A form carries it; the edit is refused when the stored override no longer has it (compare-and-swap).
/// </summary>
public static class OverrideVersion
{
    public const string None = "0";

    public static string Of(EnrichmentOverride? current) => current is null
        ? None
        : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{current.Kind}\n{current.Value}\n{current.SetUtc.UtcTicks}")))[..16];
}

/// <summary>
/// The version a skip or unskip form was made from: "0" when the release is not skipped, else a short hash of the
/// skip's reason and time. A stale form (someone skipped, re-skipped or unskipped since) is refused with 409.
/// </summary>
public static class SkipVersion
{
    public const string None = "0";

    public static string Of(SkippedRelease? current) => current is null
        ? None
        : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{current.Reason}\n{current.AddedUtc.UtcTicks}")))[..16];
}
