namespace CollectionSite.Tests.Cli;

/// <summary>
/// Every numeric argument and option answers text that is not a number with one line naming the argument and what it
/// takes, in the user's terms: never the parser's "as expected type 'System.Int64'".
/// </summary>
public sealed class NumberArgumentTests
{
    private static readonly object[] Cases =
    [
        new object[] { new[] { "match", "show", "abc" }, "release-id must be a Discogs release id (a positive whole number), not 'abc'." },
        new object[] { new[] { "match", "show", "0" }, "release-id must be a Discogs release id (a positive whole number), not '0'." },
        new object[] { new[] { "skip", "add", "12x" }, "release-id must be a Discogs release id (a positive whole number), not '12x'." },
        new object[] { new[] { "skip", "remove", "-5" }, "release-id must be a Discogs release id (a positive whole number), not '-5'." },
        new object[] { new[] { "override", "set", "abc", "--source", "apple", "--none" }, "release-id must be a Discogs release id (a positive whole number), not 'abc'." },
        new object[] { new[] { "override", "set", "--artist", "x1", "--source", "wikipedia", "--none" }, "--artist must be a Discogs artist id (a positive whole number), not 'x1'." },
        new object[] { new[] { "backup", "--keep", "many" }, "--keep must be a whole number of at least 1, not 'many'." },
        new object[] { new[] { "admin", "--port", "http" }, "--port must be a port number from 0 to 65535, not 'http'." },
    ];

    [TestCaseSource(nameof(Cases))]
    public async Task Run_NotANumber_OneLineInTheUsersTermsExit2(string[] args, string expected)
    {
        var (exit, _, error) = await CliApplicationTests.Run(args);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(2));
            Assert.That(error.TrimEnd().Split('\n'), Has.Length.EqualTo(1), "one line");
            Assert.That(error, Does.Contain(expected));
            Assert.That(error, Does.Contain($"(usage: collectionsite {args[0]}"), "names where the usage is");
            Assert.That(error, Does.Not.Contain("System."), "no .NET type names");
        });
    }
}
