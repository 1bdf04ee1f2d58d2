using System.Net;
using CollectionSite.Admin;
using CollectionSite.Pipeline;
using CollectionSite.Tests.Cli;

namespace CollectionSite.Tests.Admin;

/// <summary>The access token of a remote admin (header, cookie, the printed ?token= URL), and starting on a port in use.</summary>
[TestFixture]
[NonParallelizable]
[Category("Kestrel")]
public sealed class AdminAccessTests
{
    private const string Token = "test-access-token";
    private AdminWorld world = null!;
    private AdminServer guarded = null!;

    [OneTimeSetUp]
    public async Task SetUp()
    {
        world = await AdminWorld.StartAsync("admin-access");
        guarded = await AdminServer.StartAsync(world.Inputs, new AdminOptions(IPAddress.Loopback, 0, Token, Path.Combine(world.Folder, "guarded-backups")), CancellationToken.None);
    }

    [OneTimeTearDown]
    public async Task TearDown()
    {
        await guarded.DisposeAsync();
        await world.DisposeAsync();
    }

    [Test]
    public async Task WithoutToken_IsUnauthorized()
    {
        using var client = new HttpClient();

        using var response = await client.GetAsync(guarded.Url);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task TokenHeader_IsAccepted()
    {
        using var client = new HttpClient();
        client.DefaultRequestHeaders.Add(AdminOptions.TokenHeader, Token);

        using var response = await client.GetAsync(guarded.Url);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task TokenInQuery_SetsTheCookie_AndRedirectsWithoutIt()
    {
        var cookies = new CookieContainer();
        using var client = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false });

        using var first = await client.GetAsync(new Uri(guarded.Url, $"/releases?token={Token}&filter=skipped"));
        using var second = await client.GetAsync(new Uri(guarded.Url, first.Headers.Location!.OriginalString));

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(first.Headers.Location!.OriginalString, Is.EqualTo("/releases?filter=skipped"));
        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the cookie carries the token from now on");
    }

    [Test]
    public async Task TokenInQuery_OnAProtocolRelativePath_StaysOnTheAdmin()
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{guarded.Url.GetLeftPart(UriPartial.Authority)}//evil.example/x?token={Token}&q=a");
        Assert.That(request.RequestUri!.AbsolutePath, Does.StartWith("//"), "the request really has a // path");

        using var response = await client.SendAsync(request);

        Assert.That(response.Headers.Location!.OriginalString, Is.EqualTo("/evil.example/x?q=a"));
    }

    [Test]
    public async Task PortInUse_ThrowsWithTheFix_AndTakesNoBackup()
    {
        var backups = Path.Combine(world.Folder, "busy-backups");

        var ex = Assert.ThrowsAsync<AdminPortInUseException>(() =>
            AdminServer.StartAsync(world.Inputs, new AdminOptions(IPAddress.Loopback, world.Server.Url.Port, null, backups), CancellationToken.None));

        Assert.That(ex!.Message, Is.EqualTo($"port {world.Server.Url.Port} is in use on 127.0.0.1: pass --port"));
        Assert.That(Directory.Exists(backups) ? Directory.GetFiles(backups) : [], Is.Empty);
    }

    [Test]
    public async Task AdminCommand_PortInUse_OneLineAndConfigurationExit()
    {
        var (exit, _, error) = await CliApplicationTests.Run("admin", "--port", $"{world.Server.Url.Port}", "--state", world.State);

        Assert.That(exit, Is.EqualTo((int)ExitCode.ConfigurationError));
        Assert.That(error.TrimEnd().Split('\n'), Is.EqualTo(new[] { $"port {world.Server.Url.Port} is in use on 127.0.0.1: pass --port" }));
    }

    [TestCase("0.0.0.0", true)]
    [TestCase("127.0.0.1", false)]
    public void PlainHttpWarning_OnlyForRemoteBinds(string address, bool warned) =>
        Assert.That(AdminOptions.PlainHttpWarning(IPAddress.Parse(address)), warned ? Does.Contain("SSH tunnel").And.Contain("TLS") : Is.Null);
}
