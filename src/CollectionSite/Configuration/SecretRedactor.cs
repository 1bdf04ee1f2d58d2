namespace CollectionSite.Configuration;

/// <summary>
/// Masks secrets in text bound for a log or the console: every secret the settings sections declare, plus tokens
/// minted at run time (an access token, a signed developer token), which a client that mints one must <see cref="Add"/> the moment it has it
/// (it is a singleton of the host for that reason).
/// Secrets are never logged on purpose; this catches the accidental case (an exception text, a URL, an error body).
/// </summary>
public sealed class SecretRedactor
{
    public const string Mask = "***";

    /// <summary>Shorter values are not masked: they would blank ordinary words and carry no secret worth the name.</summary>
    private const int MinimumLength = 4;

    private readonly Lock gate = new();
    private string[] secrets = [];

    public SecretRedactor(IEnumerable<string> declared)
    {
        foreach (var secret in declared)
        {
            Add(secret);
        }
    }

    /// <summary>Starts masking <paramref name="secret"/> everywhere from now on.</summary>
    public void Add(string secret)
    {
        if (secret.Length < MinimumLength)
        {
            return;
        }

        lock (gate)
        {
            // Longest first, so a secret that contains another is masked whole.
            secrets = [.. secrets.Append(secret).Distinct(StringComparer.Ordinal).OrderByDescending(s => s.Length)];
        }
    }

    public string Redact(string text)
    {
        foreach (var secret in Volatile.Read(ref secrets))
        {
            text = text.Replace(secret, Mask, StringComparison.Ordinal);
        }

        return text;
    }
}
