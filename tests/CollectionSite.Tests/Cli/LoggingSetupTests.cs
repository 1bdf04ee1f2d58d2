using CollectionSite.Cli;
using CollectionSite.Configuration;
using CollectionSite.Tests.Fakes;
using Microsoft.Extensions.Logging;
using Serilog.Extensions.Logging;

namespace CollectionSite.Tests.Cli;

/// <summary>What the console and the log file receive: one line per event on the console, secrets masked in both.</summary>
[NonParallelizable]
public sealed class LoggingSetupTests
{
    private string folder = string.Empty;

    [SetUp]
    public void SetUp() => folder = TestPaths.NewScratchFolder("logging");

    [TearDown]
    public void TearDown() => Directory.Delete(folder, recursive: true);

    [Test]
    public async Task Create_EverySecretAndMintedTokens_NeverWrittenToConsoleOrFile()
    {
        var settings = new AppSettings
        {
            Discogs = { Token = "discogs-token-1234" },
            Spotify = { ClientId = "client", ClientSecret = "spotify-secret-5678" },
            AppleMusic = { TeamId = "TEAM", KeyId = "KEY", PrivateKey = "-----BEGIN PRIVATE KEY-----\nAPPLEKEYTEXT\n-----END PRIVATE KEY-----" },
        };
        var redactor = new SecretRedactor(settings.Secrets);
        var console = new StringWriter();
        var original = Console.Error;
        Console.SetError(console);
        try
        {
            await using (var logger = LoggingSetup.Create(folder, verbose: true, redactor))
            {
                using var factory = new SerilogLoggerFactory(logger);
                var log = factory.CreateLogger("test");
                // Tokens minted while the run goes on are masked from the moment a client adds them.
                redactor.Add("spotify-access-token-abcdef");
                redactor.Add("eyJhbGciOiJFUzI1NiJ9.apple-developer-token");
                log.LogWarning(
                    new InvalidOperationException("Bearer spotify-access-token-abcdef rejected; key -----BEGIN PRIVATE KEY-----\nAPPLEKEYTEXT\n-----END PRIVATE KEY-----"),
                    "GET {Url} with {Header} failed for {Token}",
                    "https://api.example/search?token=eyJhbGciOiJFUzI1NiJ9.apple-developer-token",
                    "Discogs token=discogs-token-1234",
                    "spotify-secret-5678");
            }
        }
        finally
        {
            Console.SetError(original);
        }

        var file = string.Concat(Directory.GetFiles(Path.Combine(folder, "logs")).Select(File.ReadAllText));
        Assert.Multiple(() =>
        {
            foreach (var secret in new[] { "discogs-token-1234", "spotify-secret-5678", "APPLEKEYTEXT", "spotify-access-token-abcdef", "apple-developer-token" })
            {
                Assert.That(console.ToString(), Does.Not.Contain(secret), "console");
                Assert.That(file, Does.Not.Contain(secret), "log file");
            }

            Assert.That(console.ToString(), Does.Contain("GET https://api.example/search?token=*** with Discogs token=***"));
            Assert.That(console.ToString().Trim().Split('\n'), Has.Length.EqualTo(1), "the console gets no stack trace");
            Assert.That(file, Does.Contain("InvalidOperationException"), "the file keeps the exception");
        });
    }

    [Test]
    public async Task Create_ConsoleHeld_EventsWaitForTheReleaseTheFileGetsThemAtOnce()
    {
        var hold = new ConsoleLogHold();
        var console = new StringWriter();
        var original = Console.Error;
        Console.SetError(console);
        string whileHeld;
        string fileWhileHeld;
        try
        {
            await using var logger = LoggingSetup.Create(folder, verbose: false, new SecretRedactor([]), LogFormat.Text, hold);
            using var factory = new SerilogLoggerFactory(logger);
            var log = factory.CreateLogger("test");
            using (hold.Hold())
            {
                log.LogWarning("first {Number}", 1);
                log.LogError("second {Number}", 2);
                whileHeld = console.ToString();
                fileWhileHeld = ReadLogFile();
            }
        }
        finally
        {
            Console.SetError(original);
        }

        Assert.Multiple(() =>
        {
            Assert.That(whileHeld, Is.Empty);
            Assert.That(fileWhileHeld, Does.Contain("first 1").And.Contain("second 2"));
            Assert.That(console.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries), Is.EqualTo(new[] { "[WRN] first 1", "[ERR] second 2" }));
        });
    }

    // The file sink keeps the file open for writing; read it shared.
    private string ReadLogFile() => string.Concat(Directory.GetFiles(Path.Combine(folder, "logs")).Select(path =>
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }));
}
