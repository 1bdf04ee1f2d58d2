using System.Security.Cryptography;
using CollectionSite.Configuration;

namespace CollectionSite.Clients.AppleMusic;

/// <summary>
/// The MusicKit private key (the .p8 file: PKCS#8 PEM of a P-256 key) from <c>AppleMusic:PrivateKey</c> or
/// <c>AppleMusic:PrivateKeyPath</c>. Anything unreadable is a <see cref="ConfigurationException"/> of one line that names
/// the key; the key's text never appears in it.
/// </summary>
internal static class AppleMusicSigningKey
{
    private static readonly string[] PrivateKeyLabels = ["PRIVATE KEY", "EC PRIVATE KEY"];

    public static ECDsa Load(AppleMusicSettings settings)
    {
        var (key, pem) = settings.PrivateKey is { } text
            ? ("AppleMusic:PrivateKey", text)
            : ("AppleMusic:PrivateKeyPath", ReadFile(settings.PrivateKeyPath));

        // CI secrets and environment variables often carry the PEM on one line with literal "\n" separators.
        pem = pem.Replace("\\n", "\n", StringComparison.Ordinal);
        if (!PemEncoding.TryFind(pem, out var fields))
        {
            throw Unreadable(key, pem.Contains("-----BEGIN", StringComparison.Ordinal)
                ? "the key data is damaged (its lines are not valid base64)"
                : "no -----BEGIN PRIVATE KEY----- block was found");
        }

        if (!PrivateKeyLabels.Contains(pem[fields.Label]))
        {
            throw Unreadable(key, $"it holds a '{pem[fields.Label]}' block, not a private key");
        }

        var ecdsa = ECDsa.Create();
        try
        {
            ecdsa.ImportFromPem(pem);
        }
        catch (Exception ex) when (ex is ArgumentException or CryptographicException)
        {
            ecdsa.Dispose();
            throw Unreadable(key, "the key data is damaged or is not an elliptic-curve key");
        }

        if (ecdsa.KeySize is var bits && bits != 256)
        {
            ecdsa.Dispose();
            throw Unreadable(key, $"it is a {bits}-bit curve, but ES256 needs P-256");
        }

        return ecdsa;
    }

    private static string ReadFile(string? path)
    {
        try
        {
            return File.ReadAllText(path ?? throw new ConfigurationException(
                "AppleMusic:PrivateKey or AppleMusic:PrivateKeyPath must be set when AppleMusic:TeamId is. Set one to the MusicKit key (AuthKey_<KeyId>.p8)."));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            throw new ConfigurationException($"AppleMusic:PrivateKeyPath '{path}' cannot be read ({ex.GetType().Name}). Point it at the AuthKey_<KeyId>.p8 file or set AppleMusic:PrivateKey to its text.", ex);
        }
    }

    private static ConfigurationException Unreadable(string key, string reason) =>
        new($"{key} is not a readable MusicKit private key: {reason}. Use the AuthKey_<KeyId>.p8 file from developer.apple.com as it is (its -----BEGIN PRIVATE KEY----- and -----END PRIVATE KEY----- lines included).");
}
