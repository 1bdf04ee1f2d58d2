using System.Text;
using CollectionSite.Clients.Http;

namespace CollectionSite.Tests.Clients.Http;

public sealed class JsonBodyTests
{
    [TestCase("{\"id\": 1}")]
    [TestCase("\ufeff{\"id\": 1}\n")]
    [TestCase("[1, 2]")]
    public void Problem_OneWellFormedDocument_None(string body) =>
        Assert.That(JsonBody.Problem(Encoding.UTF8.GetBytes(body)), Is.Null);

    [TestCase("", "an empty body")]
    [TestCase(" \r\n", "an empty body")]
    [TestCase("{\"id\": 1, \"title\": \"Nev", "malformed JSON")]
    [TestCase("{\"id\": 1} {\"id\": 2}", "malformed JSON")]
    [TestCase("<html></html>", "malformed JSON")]
    public void Problem_NotOneDocument_Described(string body, string expected) =>
        Assert.That(JsonBody.Problem(Encoding.UTF8.GetBytes(body)), Does.StartWith(expected));

    [Test]
    public async Task ProblemAsync_HtmlMediaType_NamedWhateverTheBody()
    {
        using var content = new StringContent("{}", Encoding.UTF8, "text/html");

        Assert.That(await JsonBody.ProblemAsync(content, CancellationToken.None), Is.EqualTo("text/html instead of JSON"));
    }
}
