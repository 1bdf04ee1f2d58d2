namespace CollectionSite.Tests.Clients.Http;

/// <summary>Drives a fake clock under work that waits on it (a Retry-After pause, a drained window, a timeout).</summary>
internal static class FakeClock
{
    /// <summary>
    /// Moves <paramref name="time"/> in <paramref name="step"/>s until <paramref name="work"/> ends or <paramref name="until"/>
    /// holds, then lets the work finish on a clock that no longer moves. Between steps the test yields for a
    /// millisecond so continuations queued by the last step run first: the real clock orders work, never asserts.
    /// </summary>
    public static async Task<T> DriveAsync<T>(this FakeTimeProvider time, Task<T> work, TimeSpan step, Func<bool>? until = null, int maxSteps = 10_000)
    {
        for (var steps = 0; !work.IsCompleted && until?.Invoke() != true; steps++)
        {
            Assert.That(steps, Is.LessThan(maxSteps), $"still running after {maxSteps} steps of {step}");
            time.Advance(step);
            await Task.Delay(TimeSpan.FromMilliseconds(1), CancellationToken.None);
        }

        return await work;
    }

    /// <summary>Yields (a millisecond at a time, the clock untouched) until <paramref name="condition"/> holds; fails after <paramref name="maxYields"/>.</summary>
    public static async Task UntilAsync(Func<bool> condition, string what, int maxYields = 10_000)
    {
        for (var yields = 0; !condition(); yields++)
        {
            Assert.That(yields, Is.LessThan(maxYields), $"never happened: {what}");
            await Task.Delay(TimeSpan.FromMilliseconds(1), CancellationToken.None);
        }
    }
}
