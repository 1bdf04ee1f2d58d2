using System.Net;
using System.Text.RegularExpressions;

namespace CollectionSite.Tests.Admin;

/// <summary>A browser-less admin client: keeps cookies, never follows redirects, and posts forms with the antiforgery token a page gave it.</summary>
internal sealed partial class AdminHttp : IDisposable
{
    private readonly HttpClient client;
    private readonly Uri root;
    private string? token;

    public AdminHttp(Uri root)
    {
        this.root = root;
        // A hang (an edit waiting behind a re-render) must fail the test, not the suite.
        client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(60) };
    }

    public async Task<string> GetAsync(string path)
    {
        using var response = await client.GetAsync(new Uri(root, path));
        var html = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), html);
        token ??= TokenField().Match(html) is { Success: true } m ? m.Groups[1].Value : null;
        return html;
    }

    /// <summary>Posts <paramref name="fields"/> with the antiforgery token (read from the dashboard when none is held yet).</summary>
    public async Task<(HttpStatusCode Status, string Body)> PostAsync(string path, params (string Name, string Value)[] fields)
    {
        using var form = new FormUrlEncodedContent(await WithTokenAsync(fields));
        return await SendAsync(path, form);
    }

    public async Task<(HttpStatusCode Status, string Body)> PostMultipartAsync(string path, byte[] file, params (string Name, string Value)[] fields)
    {
        using var form = new MultipartFormDataContent();
        foreach (var (name, value) in await WithTokenAsync(fields))
        {
            form.Add(new StringContent(value), name);
        }

        form.Add(new ByteArrayContent(file), "file", "cover.jpg");
        return await SendAsync(path, form);
    }

    public async Task<(HttpStatusCode Status, string Body)> SendAsync(string path, HttpContent content)
    {
        // As a browser does with a large body: the server may answer (413) before the body is sent, without a broken pipe.
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(root, path)) { Content = content };
        request.Headers.ExpectContinue = true;
        using var response = await client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    public void Dispose() => client.Dispose();

    private async Task<IEnumerable<KeyValuePair<string, string>>> WithTokenAsync((string Name, string Value)[] fields)
    {
        if (token is null)
        {
            await GetAsync("/");
        }

        return fields.Select(f => KeyValuePair.Create(f.Name, f.Value)).Append(KeyValuePair.Create("__RequestVerificationToken", token!));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
