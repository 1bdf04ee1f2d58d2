using System.Net;

namespace CollectionSite.Admin;

/// <summary>Where the admin listens and how it is guarded.</summary>
/// <param name="Address">The bind address; anything but loopback needs an access token.</param>
/// <param name="Port">TCP port; 0 picks a free one (tests).</param>
/// <param name="AccessToken">Required as cookie or header on every request when set (remote binds); null on loopback.</param>
/// <param name="BackupDirectory">Where backups go (one is taken at start).</param>
/// <param name="KeepBackups">How many backups are kept.</param>
public sealed record AdminOptions(IPAddress Address, int Port, string? AccessToken, string BackupDirectory, int KeepBackups = 10)
{
    public const string TokenCookie = "collectionsite-admin-token";
    public const string TokenHeader = "X-Admin-Token";

    /// <summary>The problem with serving on <paramref name="address"/>, or null: only loopback, unless remote access was asked for.</summary>
    public static string? BindProblem(IPAddress address, bool allowRemote) =>
        IPAddress.IsLoopback(address) || allowRemote
            ? null
            : $"--bind {address} is not a loopback address, and the admin UI can change your collection's state. Add --allow-remote to serve it there behind an access token, or leave --bind out (127.0.0.1).";

    /// <summary>The warning printed when the admin serves a non-loopback address: plain HTTP carries the token and every page in clear.</summary>
    public static string? PlainHttpWarning(IPAddress address) =>
        IPAddress.IsLoopback(address)
            ? null
            : $"Warning: the admin serves plain HTTP on {address}; its access token and pages cross the network unencrypted. Reach it through an SSH tunnel (ssh -L) or put a TLS reverse proxy in front.";
}
