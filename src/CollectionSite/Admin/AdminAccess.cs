using System.Security.Cryptography;
using System.Text;
using CollectionSite.Admin.Pages;
using Microsoft.AspNetCore.Http;

namespace CollectionSite.Admin;

/// <summary>
/// Who may talk to the admin. Loopback binds: only requests whose Host is this machine (a web page elsewhere cannot
/// rebind a name to 127.0.0.1 and read the admin). Remote binds: every request carries the access token, as the
/// <see cref="AdminOptions.TokenHeader"/> header or the cookie the printed URL's ?token= sets once. Every answer
/// carries headers that keep the pages from being framed, sniffed or scripted.
/// </summary>
public static class AdminAccess
{
    public static async Task GuardAsync(HttpContext context, AdminOptions options, Func<Task> next)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        if (options.AccessToken is not { } token)
        {
            if (!IsLocalHost(context.Request.Host.Host))
            {
                await RefuseAsync(context, StatusCodes.Status421MisdirectedRequest, "This admin answers only to localhost and 127.0.0.1.");
                return;
            }

            await next();
            return;
        }

        if (Same(context.Request.Query["token"].ToString(), token))
        {
            context.Response.Cookies.Append(AdminOptions.TokenCookie, token, new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Strict, Path = "/" });
            context.Response.Redirect(WithoutToken(context.Request));
            return;
        }

        if (Same(context.Request.Headers[AdminOptions.TokenHeader].ToString(), token) || Same(context.Request.Cookies[AdminOptions.TokenCookie], token))
        {
            await next();
            return;
        }

        await RefuseAsync(context, StatusCodes.Status401Unauthorized, "This admin needs its access token: open the URL it printed when it started.");
    }

    // Always a local path ("//evil.example" would be another site) and the other query parameters kept; never the token again.
    private static string WithoutToken(HttpRequest request)
    {
        var path = new PathString("/" + (request.Path.Value ?? string.Empty).TrimStart('/')).ToUriComponent();
        var rest = request.Query.Where(q => q.Key != "token").SelectMany(q => q.Value.Select(v => KeyValuePair.Create(q.Key, v)));
        return QueryString.Create(rest) is { HasValue: true } query ? path + query.Value : path;
    }

    private static bool IsLocalHost(string host) =>
        host is "localhost" or "127.0.0.1" or "[::1]" or "::1" || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase);

    private static bool Same(string? given, string token) =>
        !string.IsNullOrEmpty(given) && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(token));

    private static Task RefuseAsync(HttpContext context, int status, string message)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync(Layout.Page("Refused", Html.Empty, new Notice(message, IsError: true)));
    }
}
