using System.Text.Json;
using CollectionSite.Cli;
using CollectionSite.Configuration;
using CollectionSite.Tests.Fakes;
using Microsoft.Extensions.Logging;
using Serilog.Extensions.Logging;

namespace CollectionSite.Tests.Cli;

/// <summary>--log-format json: one JSON object per line on the console and in the log file, no secret in either.</summary>
[NonParallelizable]
public sealed class JsonLogTests
{
    private const string PemBody = "APPLEKEYTEXT";
    private static readonly string[] Secrets = ["discogs-token-1234", "spotify-secret-5678", PemBody, "spotify-access-token-abcdef", "apple-developer-token"];
    private string folder = string.Empty;

    [SetUp]
    public void SetUp() => folder = TestPaths.NewScratchFolder("json-logs");

    [TearDown]
    public void TearDown() => Directory.Delete(folder, recursive: true);

    [Test]
    public async Task Create_Json_EveryLineParsesAndNoSecretInConsoleOrFile()
    {
        var settings = new AppSettings
        {
            Discogs = { Token = "discogs-token-1234" },
            Spotify = { ClientId = "client", ClientSecret = "spotify-secret-5678" },
            AppleMusic = { TeamId = "TEAM", KeyId = "KEY", PrivateKey = $"-----BEGIN PRIVATE KEY-----\n{PemBody}\n-----END PRIVATE KEY-----" },
        };
        var redactor = new SecretRedactor(settings.Secrets);
        var console = new StringWriter();
        var original = Console.Error;
        Console.SetError(console);
        try
        {
            await using (var logger = LoggingSetup.Create(folder, verbose: false, redactor, LogFormat.Json))
            {
                using var factory = new SerilogLoggerFactory(logger);
                var log = factory.CreateLogger("test");
                redactor.Add("spotify-access-token-abcdef");
                redactor.Add("eyJhbGciOiJFUzI1NiJ9.apple-developer-token");
                log.LogInformation("Stage {Stage} starting", "Fetch masters");
                log.LogWarning(
                    new InvalidOperationException($"Bearer spotify-access-token-abcdef rejected; key {settings.AppleMusic.PrivateKey}"),
                    "GET {Url} with {Header} failed for {Token} ({Key})",
                    new Uri("https://api.example/search?token=eyJhbGciOiJFUzI1NiJ9.apple-developer-token"),
                    "Discogs token=discogs-token-1234",
                    new[] { "spotify-secret-5678" },
                    settings.AppleMusic.PrivateKey);
#pragma warning disable CA2254 // The case under test: a secret in the template text itself.
                log.LogWarning($"Interpolated, not templated: Discogs token={settings.Discogs.Token}");
#pragma warning restore CA2254
            }
        }
        finally
        {
            Console.SetError(original);
        }

        var consoleLines = console.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var file = string.Concat(Directory.GetFiles(Path.Combine(folder, "logs")).Select(File.ReadAllText));
        var fileLines = file.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var events = consoleLines.Select(line => JsonDocument.Parse(line).RootElement).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(consoleLines, Has.Length.EqualTo(3), "information included in json mode, one line per event");
            Assert.That(fileLines, Has.Length.EqualTo(3));
            Assert.That(fileLines.Select(line => JsonDocument.Parse(line).RootElement.TryGetProperty("@l", out var level) ? level.GetString() : null), Is.EqualTo(new[] { null, "Warning", "Warning" }));
            Assert.That(events[0].GetProperty("Stage").GetString(), Is.EqualTo("Fetch masters"));
            Assert.That(events[1].GetProperty("@m").GetString(), Does.StartWith("GET https://api.example/search?token=*** with \"Discogs token=***\""));
            Assert.That(events[1].GetProperty("@x").GetString(), Does.Contain("InvalidOperationException").And.Contain("Bearer ***"));
            foreach (var secret in Secrets)
            {
                Assert.That(console.ToString(), Does.Not.Contain(secret), "console");
                Assert.That(file, Does.Not.Contain(secret), "log file");
            }
        });
    }

    [Test]
    public async Task Create_Json_StackTraceInTheFileOnlyTheConsoleGetsTypeAndFirstLine()
    {
        Exception thrown;
        try
        {
            throw new IOException("No space left on device\nsecond line");
        }
        catch (IOException ex)
        {
            thrown = ex;
        }

        var console = new StringWriter();
        var original = Console.Error;
        Console.SetError(console);
        try
        {
            await using var logger = LoggingSetup.Create(folder, verbose: false, new SecretRedactor([]), LogFormat.Json);
            using var factory = new SerilogLoggerFactory(logger);
            factory.CreateLogger("test").LogWarning(thrown, "Could not write");
        }
        finally
        {
            Console.SetError(original);
        }

        var onConsole = JsonDocument.Parse(console.ToString().Trim()).RootElement.GetProperty("@x").GetString();
        var inFile = JsonDocument.Parse(File.ReadAllText(Directory.GetFiles(Path.Combine(folder, "logs")).Single()).Trim()).RootElement.GetProperty("@x").GetString();
        Assert.Multiple(() =>
        {
            Assert.That(onConsole, Is.EqualTo("IOException: No space left on device"));
            Assert.That(inFile, Does.Contain("   at ").And.Contain("second line"), "the file keeps the whole exception");
        });
    }

    [Test]
    public void JsonLineWriter_TwoLinesWritten_TwoErrorEvents()
    {
        using var inner = new StringWriter();
        using (var writer = new JsonLineWriter(inner, new FakeTimeProvider(TestClock.Start)))
        {
            writer.WriteLine("Configuration error: \"Discogs:Token\" is missing.");
            writer.Write("Interrupted.");
        }

        var events = inner.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(events.Select(e => e.GetProperty("@m").GetString()), Is.EqualTo(new[] { "Configuration error: \"Discogs:Token\" is missing.", "Interrupted." }));
            Assert.That(events.Select(e => e.GetProperty("@l").GetString()), Has.All.EqualTo("Error"));
            Assert.That(events[0].GetProperty("@t").GetDateTimeOffset(), Is.EqualTo(TestClock.Start));
        });
    }
}
