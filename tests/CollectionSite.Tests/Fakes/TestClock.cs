namespace CollectionSite.Tests.Fakes;

/// <summary>Where fake clocks start: a fixed instant, so dates in stored state and pages are the same on every run.</summary>
public static class TestClock
{
    public static readonly DateTimeOffset Start = new(2026, 1, 15, 12, 0, 0, TimeSpan.Zero);
}
