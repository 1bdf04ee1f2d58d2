using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.Json;
using CollectionSite.Configuration;

namespace CollectionSite.Clients.AppleMusic;

/// <summary>
/// The Apple Music developer token: a JWT signed ES256 with the MusicKit key. Header <c>{"alg":"ES256","kid":KeyId}</c>,
/// claims <c>{"iss":TeamId,"iat":now,"exp":now + 30 days}</c> in whole seconds since the Unix epoch (Apple refuses
/// <c>exp</c> more than 15,777,000 s after now). One token is reused until a day before it expires, then a new one is
/// minted; every minted token is handed to the <see cref="SecretRedactor"/> at once.
/// </summary>
internal sealed class AppleMusicDeveloperToken : IDisposable
{
    /// <summary>Apple's bound on <c>exp - now</c>, in seconds (about six months).</summary>
    public const long MaxLifetimeSeconds = 15_777_000;

    /// <summary>Well inside Apple's bound, so a slow clock here cannot push <c>exp</c> past it at Apple.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(30);

    /// <summary>A token this close to expiry is replaced, so no request carries one that expires on the way.</summary>
    public static readonly TimeSpan RenewBefore = TimeSpan.FromDays(1);

    private readonly ECDsa key;
    private readonly string teamId;
    private readonly string keyId;
    private readonly TimeProvider time;
    private readonly SecretRedactor redactor;
    private readonly Lock gate = new();
    private string? token;
    private DateTimeOffset renewAt;

    /// <exception cref="ConfigurationException">The key cannot be read, or TeamId/KeyId are missing.</exception>
    public AppleMusicDeveloperToken(AppleMusicSettings settings, TimeProvider time, SecretRedactor redactor)
    {
        teamId = settings.TeamId ?? throw new ConfigurationException("AppleMusic:TeamId is missing. Set it to the 10-character Team ID of your Apple Developer account.");
        keyId = settings.KeyId ?? throw new ConfigurationException("AppleMusic:KeyId is missing. Set it to the 10-character Key ID of the MusicKit key.");
        key = AppleMusicSigningKey.Load(settings);
        this.time = time;
        this.redactor = redactor;
    }

    /// <summary>The token to send as <c>Authorization: Bearer</c>; minted on first use and shortly before expiry.</summary>
    public string Current()
    {
        lock (gate)
        {
            var now = time.GetUtcNow();
            if (token is null || now >= renewAt)
            {
                token = Mint(now);
                renewAt = now + Lifetime - RenewBefore;
                redactor.Add(token);
            }

            return token;
        }
    }

    public void Dispose() => key.Dispose();

    private string Mint(DateTimeOffset now)
    {
        var issuedAt = now.ToUnixTimeSeconds();
        var header = Json(writer =>
        {
            writer.WriteString("alg", "ES256");
            writer.WriteString("kid", keyId);
        });
        var claims = Json(writer =>
        {
            writer.WriteString("iss", teamId);
            writer.WriteNumber("iat", issuedAt);
            writer.WriteNumber("exp", issuedAt + (long)Lifetime.TotalSeconds);
        });
        var signingInput = $"{Base64Url.EncodeToString(header)}.{Base64Url.EncodeToString(claims)}";

        // JWS (RFC 7518 §3.4) wants the raw r‖s pair, which is .NET's IEEE P1363 format, not DER.
        var signature = key.SignData(System.Text.Encoding.ASCII.GetBytes(signingInput), HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        return $"{signingInput}.{Base64Url.EncodeToString(signature)}";
    }

    private static byte[] Json(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            write(writer);
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
