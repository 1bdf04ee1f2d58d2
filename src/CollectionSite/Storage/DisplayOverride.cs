namespace CollectionSite.Storage;

/// <summary>
/// The collector's display fields for one album page (display_overrides): each null keeps Discogs' value.
/// <see cref="Version"/> counts writes (1 after the first); 0 means "no row yet" when used as the expected version.
/// </summary>
/// <param name="ReleaseId">The release id the page shows.</param>
/// <param name="Title">Shown as the album title instead of the release title.</param>
/// <param name="Artist">Shown as the artist credit instead of Discogs' joined artist names.</param>
/// <param name="Notes">Plain text shown as the album notes instead of the Discogs release notes.</param>
public sealed record DisplayOverride(long ReleaseId, string? Title, string? Artist, string? Notes, int Version, DateTimeOffset UpdatedUtc)
{
    /// <summary>Most characters of a title or artist credit.</summary>
    public const int MaxLineLength = 300;

    /// <summary>Most characters of the notes.</summary>
    public const int MaxNotesLength = 10_000;

    /// <summary>Whether any field is set (a row with none is deleted rather than kept).</summary>
    public bool IsEmpty => Title is null && Artist is null && Notes is null;

    /// <summary>
    /// The problems with the values, for people ("Title is longer than 300 characters."); empty when they can be stored.
    /// Titles and credits are one line without control characters; notes may hold line breaks and tabs, nothing else below U+0020.
    /// </summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        Check(problems, "Title", Title, MaxLineLength, multiline: false);
        Check(problems, "Artist", Artist, MaxLineLength, multiline: false);
        Check(problems, "Notes", Notes, MaxNotesLength, multiline: true);
        return problems;
    }

    private static void Check(List<string> problems, string field, string? value, int maxLength, bool multiline)
    {
        if (value is null)
        {
            return;
        }

        if (value.Length > maxLength)
        {
            problems.Add($"{field} is longer than {maxLength} characters.");
        }

        if (value.Any(c => IsForbidden(c, multiline)))
        {
            problems.Add(multiline
                ? $"{field} contains control characters (only line breaks and tabs are allowed)."
                : $"{field} must be one line without control characters.");
        }
    }

    // Control characters (C0, DEL, C1) and the Unicode line/paragraph separators would break YAML front matter and Markdown lines.
    private static bool IsForbidden(char c, bool multiline) =>
        !(multiline && c is '\n' or '\r' or '\t') && (char.IsControl(c) || c is '\u2028' or '\u2029');
}
