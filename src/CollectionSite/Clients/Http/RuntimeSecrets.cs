namespace CollectionSite.Clients.Http;

/// <summary>
/// Secrets that exist only while the tool runs (an access token minted from client credentials, a signed
/// developer token). A client adds each one the moment it has it; the log redactor masks every value in the snapshot.
/// </summary>
public interface IRuntimeSecrets
{
    /// <summary>Adds a value to mask; null, empty and already known values are ignored.</summary>
    void Add(string? secret);

    /// <summary>Every value added so far, longest first (so a secret containing another is masked whole).</summary>
    IReadOnlyList<string> Snapshot();
}

/// <summary>Thread-safe, copy-on-write: reading the snapshot (on every log event) takes no lock.</summary>
public sealed class RuntimeSecrets : IRuntimeSecrets
{
    private readonly Lock gate = new();
    private IReadOnlyList<string> secrets = [];

    public void Add(string? secret)
    {
        if (string.IsNullOrEmpty(secret))
        {
            return;
        }

        lock (gate)
        {
            if (!secrets.Contains(secret, StringComparer.Ordinal))
            {
                Volatile.Write(ref secrets, secrets.Append(secret).OrderByDescending(s => s.Length).ToArray());
            }
        }
    }

    public IReadOnlyList<string> Snapshot() => Volatile.Read(ref secrets);
}
