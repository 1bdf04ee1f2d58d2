namespace CollectionSite.Configuration;

/// <summary>
/// The whole configuration tree, bound from (rising precedence) defaults, collectionsite.json,
/// secrets.json, COLLECTIONSITE_* environment variables and command-line options.
/// Later stages add their own sections here.
/// </summary>
public sealed class AppSettings
{
    public DiscogsSettings Discogs { get; set; } = new();

    public PathSettings Paths { get; set; } = new();

    public SiteSettings Site { get; set; } = new();

    public RetrySettings Retry { get; set; } = new();
}

public sealed class DiscogsSettings
{
    public const string DefaultBaseUrl = "https://api.discogs.com";

    public string? Username { get; set; }

    /// <summary>Personal access token. Secret: never logged, never printed.</summary>
    public string? Token { get; set; }

    public string BaseUrl { get; set; } = DefaultBaseUrl;

    /// <summary>Budget for any moving 60-second window. Discogs allows 60 for authenticated requests.</summary>
    public int RequestsPerMinute { get; set; } = 60;

    /// <summary>Seconds one request may take before it is abandoned and retried.</summary>
    public int TimeoutSeconds { get; set; } = 30;

    /// <summary>Length of the moving rate-limit window. Discogs uses 60 s; change it only for a proxy or a test server.</summary>
    public int RateLimitWindowSeconds { get; set; } = 60;
}

public sealed class PathSettings
{
    /// <summary>The Hugo site root the pages are written into.</summary>
    public string Output { get; set; } = "site-output";

    /// <summary>Where the SQLite database, logs and the artwork cache live.</summary>
    public string State { get; set; } = ".collectionsite";

    /// <summary>Folder with user copies of the page templates; empty means the bundled ones.</summary>
    public string? Templates { get; set; }
}

public sealed class SiteSettings
{
    /// <summary>Written into hugo.toml when the site skeleton is installed.</summary>
    public string Title { get; set; } = "My Record Collection";
}

public sealed class RetrySettings
{
    public const int DefaultMaxAttempts = 5;

    /// <summary>Runs in a row an item may fail before it is dead-lettered (left alone until `retry`). 1 to 100.</summary>
    public int MaxAttempts { get; set; } = DefaultMaxAttempts;
}
