using CollectionSite.Clients.Http;

namespace CollectionSite.Tests.Clients.Http;

public sealed class RuntimeSecretsTests
{
    [Test]
    public void Add_MintedTokens_SnapshotHoldsEachOnceLongestFirst()
    {
        var secrets = new RuntimeSecrets();

        secrets.Add("short-token");
        secrets.Add("a-much-longer-access-token");
        secrets.Add("short-token");
        secrets.Add(string.Empty);
        secrets.Add(null);

        Assert.That(secrets.Snapshot(), Is.EqualTo(new[] { "a-much-longer-access-token", "short-token" }));
    }

    [Test]
    public void Snapshot_TakenBeforeAnAdd_Unchanged()
    {
        var secrets = new RuntimeSecrets();
        secrets.Add("first");

        var before = secrets.Snapshot();
        secrets.Add("second");

        Assert.That(before, Is.EqualTo(new[] { "first" }));
    }
}
