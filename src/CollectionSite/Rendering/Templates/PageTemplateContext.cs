using System.Collections;
using System.Globalization;
using System.Reflection;
using CollectionSite.Rendering.Models;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace CollectionSite.Rendering.Templates;

/// <summary>
/// The context page renders run in, one page at a time. Templates are user-editable, so it is a sandbox: loops,
/// recursion, output and regular expressions are bounded (a runaway template fails with a position instead of
/// hanging the build), only the page model's own properties are visible (no .NET members such as GetType),
/// unknown variables and members are errors rather than silent blanks, and include reads only the templates folder.
/// </summary>
internal sealed class PageTemplateContext : TemplateContext
{
    // Large enough for a 3,000-track box set with credits; small enough that `while true` stops in milliseconds.
    private const int MaxLoopIterations = 100_000;

    // Far above any real page (the largest golden is a few kB); a runaway loop that writes stops here.
    private const int MaxOutputCharacters = 4_000_000;

    public PageTemplateContext(ITemplateLoader loader)
        : base(MarkdownHelpers.Builtins)
    {
        LoopLimit = MaxLoopIterations;
        LoopLimitQueryable = MaxLoopIterations;
        RecursiveLimit = 64;
        ObjectRecursionLimit = 16;
        OutputLimit = MaxOutputCharacters;

        // Scriban's default is to truncate quietly; a cut-off page must be an error, never a published page.
        OnOutputLimit = ScriptLimitBehavior.Throw;
        OnStringLimit = ScriptLimitBehavior.Throw;
        RegexTimeOut = TimeSpan.FromSeconds(2);
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        MemberFilter = IsPageModelMember;
        MemberRenamer = StandardMemberRenamer.Default;
        TemplateLoader = loader;
        NewLine = "\n";
        PushCulture(CultureInfo.InvariantCulture);
    }

    /// <summary>Only public properties declared by the page model records (Rendering/Models) reach templates.</summary>
    public static bool IsPageModelMember(MemberInfo member) =>
        member is PropertyInfo { GetMethod.IsPublic: true, DeclaringType.Namespace: var ns } && ns == typeof(AlbumPage).Namespace;

    /// <summary>
    /// Empty text and empty lists count as false, as in Hugo and in the Handlebars templates this replaced,
    /// so `if tracks` means "has tracks" (plain Scriban treats them as true).
    /// </summary>
    public override bool ToBool(SourceSpan span, object? value) => value switch
    {
        string text => text.Length > 0,
        ICollection collection => collection.Count > 0,
        _ => base.ToBool(span, value),
    };
}
