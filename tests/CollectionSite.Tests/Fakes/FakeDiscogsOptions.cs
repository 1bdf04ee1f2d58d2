namespace CollectionSite.Tests.Fakes;

/// <summary>What the fake answers for a collection page past the last one.</summary>
public enum FakeDiscogsOutOfRangePage
{
    /// <summary>404 with a <c>{"message": ...}</c> body (what Discogs is believed to do; not confirmed by a recorded sample).</summary>
    NotFound,

    /// <summary>200 with the real pagination totals and an empty <c>releases</c> list.</summary>
    EmptyPage,
}

/// <summary>Settings of one <see cref="FakeDiscogsServer"/>. Defaults are the real API's (60 requests per moving 60 s window).</summary>
public sealed record FakeDiscogsOptions
{
    public const string DefaultToken = "fake-discogs-token";

    /// <summary>Requests must carry <c>Authorization: Discogs token=</c> this value.</summary>
    public string Token { get; init; } = DefaultToken;

    /// <summary>Requests accepted in any moving <see cref="Window"/>; the next one is answered 429.</summary>
    public int Permits { get; init; } = 60;

    /// <summary>Length of the moving window. Tests scale it down (for example 60 per 0.5 s) or use a fake clock.</summary>
    public TimeSpan Window { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Add <c>Retry-After</c> (whole seconds until a permit frees up) to 429 answers. Discogs does not document it.</summary>
    public bool SendRetryAfter { get; init; }

    /// <summary>Clock of the rate window and of the request log's arrival times (Stopwatch-based by default).</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>The data set served; a new empty one for user "example" when null. Tests may change it while the server runs.</summary>
    public FakeDiscogsData? Data { get; init; }

    public FakeDiscogsOutOfRangePage OutOfRangePage { get; init; } = FakeDiscogsOutOfRangePage.NotFound;

    /// <summary>Largest per_page honoured (documented: 100). Lower it to model Discogs tightening its limits.</summary>
    public int MaxPerPage { get; init; } = FakeDiscogsServer.DocumentedMaxPerPage;

    /// <summary>Runs for every request right after its arrival is stamped (e.g. to advance a fake clock one step per request).</summary>
    public Action? OnRequest { get; init; }
}
