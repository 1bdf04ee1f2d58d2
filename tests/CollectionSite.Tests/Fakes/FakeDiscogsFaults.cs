namespace CollectionSite.Tests.Fakes;

/// <summary>
/// One scripted fault: it applies to requests whose path starts with <see cref="PathPrefix"/> (any when null) and,
/// when <see cref="Page"/> is set, whose <c>page</c> parameter equals it. The first <see cref="Skip"/> matching
/// requests pass untouched, the next <see cref="Times"/> get the fault.
/// </summary>
public sealed class FakeDiscogsFaultRule
{
    public const int Forever = int.MaxValue;

    private int matched;
    private int fired;

    internal FakeDiscogsFaultRule(FakeDiscogsFault fault, string? pathPrefix, int? page, int skip, int times)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(skip);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(times);
        Fault = fault;
        PathPrefix = pathPrefix;
        Page = page;
        Skip = skip;
        Times = times;
    }

    public FakeDiscogsFault Fault { get; }

    public string? PathPrefix { get; }

    public int? Page { get; }

    public int Skip { get; }

    public int Times { get; }

    /// <summary>Requests that matched the rule, faulted or not.</summary>
    public int Matched => Volatile.Read(ref matched);

    /// <summary>Requests that got the fault.</summary>
    public int Fired => Volatile.Read(ref fired);

    /// <summary>Called under the rule list's lock, so counting and deciding are one step per request.</summary>
    internal bool Claim(string path, int? page)
    {
        if ((PathPrefix is not null && !path.StartsWith(PathPrefix, StringComparison.Ordinal)) || (Page is not null && Page != page))
        {
            return false;
        }

        var n = ++matched;
        if (n <= Skip || fired >= Times)
        {
            return false;
        }

        fired++;
        return true;
    }
}

/// <summary>The fake's fault script: rules evaluated in order on every authenticated, non-throttled request.</summary>
public sealed class FakeDiscogsFaults
{
    private readonly List<FakeDiscogsFaultRule> rules = [];
    private readonly Lock gate = new();

    /// <summary>Adds a rule; by default the very next matching request gets the fault, once.</summary>
    public FakeDiscogsFaultRule Add(FakeDiscogsFault fault, string? pathPrefix = null, int? page = null, int skip = 0, int times = 1)
    {
        var rule = new FakeDiscogsFaultRule(fault, pathPrefix, page, skip, times);
        lock (gate)
        {
            rules.Add(rule);
        }

        return rule;
    }

    public void Clear()
    {
        lock (gate)
        {
            rules.Clear();
        }
    }

    /// <summary>The faults that fire for this request, in rule order.</summary>
    internal IReadOnlyList<FakeDiscogsFault> Claim(string path, int? page)
    {
        lock (gate)
        {
            return rules.Where(r => r.Claim(path, page)).Select(r => r.Fault).ToList();
        }
    }
}
