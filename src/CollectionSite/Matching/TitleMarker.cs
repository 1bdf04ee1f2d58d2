namespace CollectionSite.Matching;

/// <summary>What a bracketed or " - " part of an album title says about the edition rather than the work.</summary>
[Flags]
public enum TitleMarker
{
    None = 0,

    /// <summary>More than the original: Deluxe, Expanded, Anniversary, Bonus Track(s), Super Deluxe, Legacy, Collector's, Special.</summary>
    Expanded = 1,

    /// <summary>The same music again: Remaster(ed), Mono, Stereo, Edition, Version, Reissue.</summary>
    Reissue = 2,

    /// <summary>"(Live)": a store's note that the recording is live.</summary>
    Live = 4,

    /// <summary>Apple's " - Single".</summary>
    SingleRelease = 8,

    /// <summary>Apple's " - EP".</summary>
    EP = 16,

    /// <summary>"(Original Motion Picture Soundtrack)", "(Music from the Motion Picture)", "(OST)".</summary>
    Soundtrack = 32,
}
