using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace CollectionSite.Cli;

/// <summary>
/// Numeric arguments and options that reject bad text in the user's terms ("release-id must be a Discogs release id
/// (a positive whole number), not 'abc'.") instead of the parser's default, which names the .NET type (System.Int64).
/// Each is a usage error: exit 2, one line.
/// </summary>
public static class NumberArguments
{
    private const string IdRule = "(a positive whole number)";

    /// <summary>The required &lt;release-id&gt; argument: a Discogs release id, 1 or more.</summary>
    public static Argument<long> ReleaseId(string description = "The Discogs release id") => new("release-id")
    {
        Description = description,
        CustomParser = result => Parse<long>(result, "release-id", $"a Discogs release id {IdRule}", id => id > 0),
    };

    /// <summary>An optional &lt;release-id&gt; argument (null when absent).</summary>
    public static Argument<long?> OptionalReleaseId(string description) => new("release-id")
    {
        Description = description,
        Arity = ArgumentArity.ZeroOrOne,
        CustomParser = result => result.Tokens.Count == 0 ? null : Parse<long>(result, "release-id", $"a Discogs release id {IdRule}", id => id > 0),
    };

    /// <summary>An optional id option such as --artist (null when absent).</summary>
    public static Option<long?> OptionalId(string name, string meaning, string description, string helpName) => new(name)
    {
        Description = description,
        HelpName = helpName,
        CustomParser = result => result.Tokens.Count == 0 ? null : Parse<long>(result, name, $"{meaning} {IdRule}", id => id > 0),
    };

    /// <summary>A whole-number option with a default and a rule, e.g. --keep (at least 1) or --port (0 to 65535).</summary>
    /// <param name="rule">What the value must be, as the error says it: "a whole number of at least 1".</param>
    public static Option<int> WholeNumber(string name, string rule, Func<int, bool> allowed, int defaultValue, string description) => new(name)
    {
        Description = description,
        HelpName = "N",
        DefaultValueFactory = _ => defaultValue,
        CustomParser = result => result.Tokens.Count == 0 ? defaultValue : Parse(result, name, rule, allowed),
    };

    private static T Parse<T>(ArgumentResult result, string name, string rule, Func<T, bool> allowed)
        where T : struct, System.Numerics.IBinaryInteger<T>
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Join(' ', result.Tokens.Select(token => token.Value));
        if (T.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && allowed(value))
        {
            return value;
        }

        result.AddError($"{name} must be {rule}, not '{text}'.");
        return default;
    }
}
