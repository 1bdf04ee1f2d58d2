using CollectionSite.Pipeline;

namespace CollectionSite.Tests.Pipeline;

public sealed class PipelineAbortedExceptionTests
{
    [TestCase("GET /x failed: Connection refused (127.0.0.1:9)", "GET /x failed: Connection refused (127.0.0.1:9). Nothing was lost.")]
    [TestCase("Template a.sbn, line 3, column 4: `bogus` was not found", "Template a.sbn, line 3, column 4: `bogus` was not found. Nothing was lost.")]
    [TestCase("Discogs refused access.", "Discogs refused access. Nothing was lost.")]
    [TestCase("Is the token right?  ", "Is the token right? Nothing was lost.")]
    public void Because_CauseWithOrWithoutFullStop_TwoSentences(string cause, string expected)
    {
        var error = PipelineAbortedException.Because(cause, "Nothing was lost.", new InvalidOperationException(cause));

        Assert.That(error.Message, Is.EqualTo(expected));
    }
}
