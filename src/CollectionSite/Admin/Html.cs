using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;

namespace CollectionSite.Admin;

/// <summary>
/// A fragment of HTML that is safe to write as is. The only way to make one from data is <see cref="Of"/>, whose
/// interpolation holes are HTML-encoded (HtmlEncoder.Default) unless they are <see cref="Html"/> themselves, so every
/// value a page shows (titles, errors, URLs from remote APIs) is encoded by construction.
/// </summary>
public sealed class Html
{
    private Html(string value) => Value = value;

    public static Html Empty { get; } = new(string.Empty);

    public string Value { get; }

    /// <summary>Markup with encoded holes: <c>Html.Of($"&lt;td&gt;{title}&lt;/td&gt;")</c>.</summary>
    public static Html Of(HtmlInterpolation markup) => new(markup.ToStringAndClear());

    /// <summary>The fragments one after another.</summary>
    public static Html Join(IEnumerable<Html> parts) => new(string.Concat(parts.Select(p => p.Value)));

    /// <summary>A literal the code itself wrote (never data).</summary>
    internal static Html Trusted(string markup) => new(markup);

    public override string ToString() => Value;
}

/// <summary>Builds <see cref="Html"/>: literal parts as written, holes encoded (numbers in the invariant culture).</summary>
[InterpolatedStringHandler]
public ref struct HtmlInterpolation
{
    private readonly StringBuilder builder;

    public HtmlInterpolation(int literalLength, int formattedCount) => builder = new StringBuilder(literalLength + (formattedCount * 16));

    public readonly void AppendLiteral(string value) => builder.Append(value);

    public readonly void AppendFormatted(Html? value) => builder.Append(value?.Value);

    public readonly void AppendFormatted(string? value) => builder.Append(HtmlEncoder.Default.Encode(value ?? string.Empty));

    public readonly void AppendFormatted<T>(T value, string? format = null)
        where T : IFormattable => builder.Append(HtmlEncoder.Default.Encode(value.ToString(format, CultureInfo.InvariantCulture)));

    internal readonly string ToStringAndClear()
    {
        var text = builder.ToString();
        builder.Clear();
        return text;
    }
}
