using CollectionSite.Pipeline;
using CollectionSite.Storage;

namespace CollectionSite.Tests.Pipeline;

public sealed class RetryRulesTests
{
    private static readonly DateTimeOffset Stored = new(2026, 1, 10, 0, 0, 0, TimeSpan.Zero);

    [Test]
    public void IsDue_NeverTried_Due() => Assert.That(RetryRules.IsDue(null, null), Is.True);

    [Test]
    public void IsDue_FailedJustNow_DueOnTheNextRunWhateverTheClock() =>
        Assert.That(RetryRules.IsDue(Row(ItemStatus.Failed, 4), null), Is.True);

    [Test]
    public void IsDue_DeadLetter_NotDueEvenWhenItsSourceIsRefreshed() =>
        Assert.That(RetryRules.IsDue(Row(ItemStatus.DeadLetter, 5), Stored.AddDays(1)), Is.False);

    [TestCase(ItemStatus.Done)]
    [TestCase(ItemStatus.NotFound)]
    public void IsDue_Finished_DueOnlyWhenStoredBeforeTheRefresh(ItemStatus status)
    {
        Assert.Multiple(() =>
        {
            Assert.That(RetryRules.IsDue(Row(status, 0), null), Is.False);
            Assert.That(RetryRules.IsDue(Row(status, 0), Stored), Is.False, "stored at the refresh time: already refreshed");
            Assert.That(RetryRules.IsDue(Row(status, 0), Stored.AddTicks(1)), Is.True);
        });
    }

    [Test]
    public void AttemptsAfterFailure_CountsFailedRunsInARow()
    {
        Assert.Multiple(() =>
        {
            Assert.That(RetryRules.AttemptsAfterFailure(null), Is.EqualTo(1));
            Assert.That(RetryRules.AttemptsAfterFailure(Row(ItemStatus.Failed, 2)), Is.EqualTo(3));
            Assert.That(RetryRules.AttemptsAfterFailure(Row(ItemStatus.Failed, 0)), Is.EqualTo(1), "requeued");
            Assert.That(RetryRules.AttemptsAfterFailure(Row(ItemStatus.Done, 0)), Is.EqualTo(1), "a refresh that failed");
        });
    }

    [TestCase(1, 5, ItemStatus.Failed)]
    [TestCase(4, 5, ItemStatus.Failed)]
    [TestCase(5, 5, ItemStatus.DeadLetter)]
    [TestCase(8, 5, ItemStatus.DeadLetter)]
    [TestCase(1, 1, ItemStatus.DeadLetter)]
    public void StatusAfterFailure_DeadLetterFromMaxAttempts(int attempts, int maxAttempts, ItemStatus expected) =>
        Assert.That(RetryRules.StatusAfterFailure(attempts, maxAttempts), Is.EqualTo(expected));

    private static ItemProgress Row(ItemStatus status, int attempts) => new(1, status, attempts, Stored);
}
