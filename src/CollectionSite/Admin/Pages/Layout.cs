namespace CollectionSite.Admin.Pages;

/// <summary>A line shown at the top of a page: what an action did, or why it was refused.</summary>
public sealed record Notice(string Text, bool IsError);

/// <summary>The antiforgery field every form carries (ASP.NET Core antiforgery: the request token for this user's cookie).</summary>
public sealed record FormToken(string FieldName, string Value)
{
    public Html Field => Html.Of($"<input type=\"hidden\" name=\"{FieldName}\" value=\"{Value}\">");
}

/// <summary>The page frame (navigation, notice, stylesheet) and the small form pieces every page uses.</summary>
public static class Layout
{
    public const string Stylesheet = """
        body{font-family:system-ui,sans-serif;margin:0;color:#1d1d1f;background:#f6f6f8}
        header{background:#24292f;color:#fff;padding:.6rem 1.2rem;display:flex;gap:1.2rem;align-items:center}
        header a{color:#fff;text-decoration:none}header strong{margin-right:1rem}
        main{padding:1rem 1.2rem;max-width:1200px}
        table{border-collapse:collapse;width:100%;background:#fff}th,td{border-bottom:1px solid #ddd;padding:.35rem .5rem;text-align:left;vertical-align:top}
        .notice{padding:.6rem;border-radius:4px;background:#e6f4ea;border:1px solid #9ccfa8}.error{background:#fdecea;border-color:#f1aeb5}
        .status{font-size:.8rem;padding:.1rem .35rem;border-radius:3px;background:#eee;white-space:nowrap}
        .matched{background:#d3f0db}.no-match{background:#fde2c4}.failed,.dead-letter{background:#f8c9cf}.skipped{background:#e2e2f7}
        .cards{display:flex;flex-wrap:wrap;gap:.8rem}.card{background:#fff;border:1px solid #ddd;border-radius:6px;padding:.6rem 1rem;min-width:9rem}
        .card b{display:block;font-size:1.5rem}section{background:#fff;border:1px solid #ddd;border-radius:6px;padding:.6rem 1rem;margin:1rem 0}
        form.inline{display:inline}input[type=text],input[type=search],input[type=url],textarea{width:22rem;max-width:100%}textarea{height:5rem}
        .filters a{margin-right:.7rem}.muted{color:#666}
        """;

    public static string Page(string title, Html body, Notice? notice = null) => Html.Of($"""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{title} · CollectionSite admin</title><link rel="stylesheet" href="/admin.css"></head>
        <body><header><strong>CollectionSite admin</strong><a href="/">Dashboard</a><a href="/releases">Releases</a><a href="/artists">Artists</a><a href="/retry">Retry queue</a></header>
        <main><h1>{title}</h1>{NoticeBlock(notice)}{body}</main></body></html>
        """).Value;

    /// <summary>A POST form with its antiforgery field.</summary>
    public static Html Form(string action, FormToken token, Html fields, string button, bool multipart = false) => Html.Of(
        $"<form method=\"post\" action=\"{action}\"{(multipart ? Html.Trusted(" enctype=\"multipart/form-data\"") : Html.Empty)}>{token.Field}{fields}<button type=\"submit\">{button}</button></form>");

    /// <summary>A one-button POST form with hidden fields.</summary>
    public static Html Button(string action, FormToken token, string button, params (string Name, string Value)[] hidden) =>
        Html.Of($"<form class=\"inline\" method=\"post\" action=\"{action}\">{token.Field}{Hidden(hidden)}<button type=\"submit\">{button}</button></form>");

    public static Html Hidden(params (string Name, string Value)[] fields) =>
        Html.Join(fields.Select(f => Html.Of($"<input type=\"hidden\" name=\"{f.Name}\" value=\"{f.Value}\">")));

    public static Html Status(Storage.MatchStatus status)
    {
        var name = Storage.MatchStatuses.Name(status);
        return Html.Of($"<span class=\"status {name}\">{name}</span>");
    }

    private static Html NoticeBlock(Notice? notice) => notice is null
        ? Html.Empty
        : Html.Of($"<p class=\"notice{(notice.IsError ? Html.Trusted(" error") : Html.Empty)}\" role=\"status\">{notice.Text}</p>");
}
