namespace CollectionSite.Configuration;

/// <summary><c>Wikipedia:Contact</c>: the e-mail address or http(s) URL put in the User-Agent of every Wikimedia request.</summary>
internal static class WikimediaContact
{
    public const string Key = "Wikipedia:Contact";

    /// <summary>The contact, or null when not set; throws <see cref="ConfigurationException"/> for anything that is neither.</summary>
    public static string? Read(ConfigurationValues values)
    {
        var raw = values.OptionalString(Key);
        if (raw is null || IsEmail(raw) || IsWebUrl(raw))
        {
            return raw;
        }

        throw new ConfigurationException(
            $"{Key} must be an e-mail address or an http(s) URL where Wikimedia can reach you (their User-Agent policy), but is '{raw}' ({values.SourceOf(Key)}).");
    }

    // The contact goes inside the User-Agent's comment "( ... )": whitespace, parentheses and ';' would break it.
    private static bool IsEmail(string value) =>
        value.IndexOf('@', StringComparison.Ordinal) is > 0 and var at
        && at == value.LastIndexOf('@')
        && value.IndexOf('.', at) is var dot && dot > at + 1 && dot < value.Length - 1
        && !value.Any(c => char.IsWhiteSpace(c) || c is '(' or ')' or ';' or '<' or '>' or ',');

    private static bool IsWebUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && !value.Any(c => char.IsWhiteSpace(c) || c is '(' or ')' or ';');
}
