using CollectionSite.Admin.Pages;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;

namespace CollectionSite.Admin;

/// <summary>How the admin answers: HTML pages, the notice carried over a redirect, the form token, refusals.</summary>
public static class AdminPageResults
{
    private const string NoticeCookie = "collectionsite-admin-notice";

    public static IResult Page(string html, int status = StatusCodes.Status200OK) => Results.Content(html, "text/html; charset=utf-8", null, status);

    /// <summary>A refusal page: 400 invalid, 409 conflict, 423 locked, 404 not found; the message is shown as text.</summary>
    public static IResult Refused(int status, string message, string back) =>
        Page(Layout.Page(status switch { 409 => "Conflict", 423 => "Busy", 404 => "Not found", _ => "Not saved" }, Html.Of($"<p><a href=\"{back}\">Back</a></p>"), new Notice(message, IsError: true)), status);

    /// <summary>After a saved edit: back to <paramref name="path"/> (always a path this code built), with the message shown once.</summary>
    public static IResult Done(HttpContext context, string path, string message)
    {
        context.Response.Cookies.Append(NoticeCookie, Uri.EscapeDataString(message), new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Strict, Path = "/" });
        return Results.Redirect(path, permanent: false, preserveMethod: false);
    }

    public static IResult FromEdit(HttpContext context, EditResult result, string path) => result.Status switch
    {
        EditStatus.Saved => Done(context, path, result.Message),
        EditStatus.Conflict => Refused(StatusCodes.Status409Conflict, result.Message, path),
        EditStatus.NotFound => Refused(StatusCodes.Status404NotFound, result.Message, "/releases"),
        _ => Refused(StatusCodes.Status400BadRequest, result.Message, path),
    };

    /// <summary>The notice a redirect carried, if any (shown once).</summary>
    public static Notice? TakeNotice(HttpContext context)
    {
        if (context.Request.Cookies[NoticeCookie] is not { Length: > 0 } text)
        {
            return null;
        }

        context.Response.Cookies.Delete(NoticeCookie, new CookieOptions { Path = "/" });
        return new Notice(Uri.UnescapeDataString(text), IsError: false);
    }

    public static FormToken Token(HttpContext context, IAntiforgery antiforgery)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        return new FormToken(tokens.FormFieldName, tokens.RequestToken ?? string.Empty);
    }
}
