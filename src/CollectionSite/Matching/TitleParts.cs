using System.Text.RegularExpressions;

namespace CollectionSite.Matching;

/// <summary>
/// An album title taken apart: the edition markers in brackets or after " - " ("Abbey Road (Remastered)",
/// "Blue Monday - Single"), the title without them (<see cref="Work"/>), and the title without any bracketed part
/// (<see cref="Core"/>: "Weezer (Blue Album)" → "Weezer").
/// </summary>
/// <param name="Work">The title without edition markers; other bracketed parts kept ("Weezer (Blue Album)").</param>
/// <param name="Core">The title without any bracketed or marker part; equal to <see cref="Work"/> when there is none.</param>
/// <param name="Markers">The markers found.</param>
public sealed partial record TitleParts(string Work, string Core, TitleMarker Markers)
{
    /// <summary>The halves of a Discogs "original = translated" title ("Kid A = キッド A"), each trimmed; the whole title when it has no " = ".</summary>
    public static IReadOnlyList<string> Halves(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        var halves = title.Split(" = ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return halves.Length == 0 ? [title.Trim()] : halves;
    }

    /// <summary>Takes one title (one half) apart.</summary>
    public static TitleParts Parse(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        var work = title.Trim();
        var core = work;
        var markers = TitleMarker.None;

        // Bracketed parts anywhere, as long as some title is left outside them ("( )" stays a title).
        foreach (Match part in Bracketed().Matches(title))
        {
            var outside = core.Replace(part.Value, " ", StringComparison.Ordinal).Trim();
            if (outside.Length == 0 || MatchText.Normalize(outside).Length == 0)
            {
                continue;
            }

            var marker = Classify(part.Groups["inner"].Value);
            markers |= marker;
            core = outside;
            if (marker != TitleMarker.None)
            {
                work = work.Replace(part.Value, " ", StringComparison.Ordinal).Trim();
            }
        }

        // A " - " or ": " suffix counts only when it is a marker ("- Single", "- Remastered 2011", ": Music from the
        // Original Soundtrack"): "Live - Greatest Hits" and "American III: Solitary Man" are titles.
        if (DashSuffix().Match(work) is { Success: true } dash && Classify(dash.Groups["suffix"].Value) is var suffix and not TitleMarker.None)
        {
            markers |= suffix;
            work = work[..dash.Index].Trim();
            core = DashSuffix().Match(core) is { Success: true } coreDash ? core[..coreDash.Index].Trim() : core;
        }

        return new TitleParts(Collapse(work), Collapse(core), markers);
    }

    /// <summary>The marker a bracketed or suffixed part names, or None for a part that belongs to the title.</summary>
    public static TitleMarker Classify(string part)
    {
        var text = MatchText.Normalize(part);
        if (text.Length == 0)
        {
            return TitleMarker.None;
        }

        if (text is "single")
        {
            return TitleMarker.SingleRelease;
        }

        if (text is "ep")
        {
            return TitleMarker.EP;
        }

        if (text is "live" or "live version" or "live recording")
        {
            return TitleMarker.Live;
        }

        return SoundtrackWords().IsMatch(text) ? TitleMarker.Soundtrack
            : ExpandedWords().IsMatch(text) ? TitleMarker.Expanded
            : ReissueWords().IsMatch(text) ? TitleMarker.Reissue
            : TitleMarker.None;
    }

    private static string Collapse(string text) => WhiteSpace().Replace(text, " ").Trim();

    [GeneratedRegex(@"[\(\[](?<inner>[^\(\)\[\]]*)[\)\]]")]
    private static partial Regex Bracketed();

    [GeneratedRegex(@"(?:\s[-\u2013\u2014]\s|:\s)(?<suffix>[^-\u2013\u2014:]+)$")]
    private static partial Regex DashSuffix();

    [GeneratedRegex(@"\b(deluxe|expanded|anniversary|bonus tracks?|bonus|super|legacy|collectors?|special|tour)\b")]
    private static partial Regex ExpandedWords();

    [GeneratedRegex(@"\b(remastered|remaster|remasters|remastering|mono|stereo|edition|version|reissue|re issue|explicit|clean)\b")]
    private static partial Regex ReissueWords();

    [GeneratedRegex(@"\b(soundtrack|ost|music from( and inspired by)? the (motion picture|film|movie|series)|original score)\b")]
    private static partial Regex SoundtrackWords();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
