using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.EventEmitters;

namespace CollectionSite.Rendering.FrontMatter;

/// <summary>
/// Forces every string value into double quotes, so YAML 1.1 readers (Hugo 0.111's yaml.v2) never turn
/// "No" into false, "0123" into 123 or "Live: At Leeds" into a parse error. Mapping keys stay plain.
/// Keys are told from values by counting scalars per mapping, so one instance serves one document at a time.
/// </summary>
internal sealed class QuotedStringEventEmitter(IEventEmitter next) : ChainedEventEmitter(next)
{
    // Per open collection: -1 for a sequence, else the number of nodes emitted so far in the mapping.
    private readonly Stack<int> open = new();

    public override void Emit(ScalarEventInfo eventInfo, IEmitter emitter)
    {
        var isKey = open.TryPeek(out var count) && count >= 0 && count % 2 == 0;
        CountNode();
        if (!isKey && eventInfo.Source.Type == typeof(string))
        {
            var text = WithoutLoneSurrogates(eventInfo.Source.Value as string ?? string.Empty);
            eventInfo = new ScalarEventInfo(new ObjectDescriptor(text, typeof(string), typeof(string))) { Style = ScalarStyle.DoubleQuoted };
        }

        base.Emit(eventInfo, emitter);
    }

    public override void Emit(MappingStartEventInfo eventInfo, IEmitter emitter)
    {
        CountNode();
        open.Push(0);
        base.Emit(eventInfo, emitter);
    }

    public override void Emit(MappingEndEventInfo eventInfo, IEmitter emitter)
    {
        open.Pop();
        base.Emit(eventInfo, emitter);
    }

    public override void Emit(SequenceStartEventInfo eventInfo, IEmitter emitter)
    {
        CountNode();
        open.Push(-1);
        base.Emit(eventInfo, emitter);
    }

    public override void Emit(SequenceEndEventInfo eventInfo, IEmitter emitter)
    {
        open.Pop();
        base.Emit(eventInfo, emitter);
    }

    /// <summary>Broken UTF-16 (a lone surrogate) cannot be written as UTF-8: it becomes U+FFFD.</summary>
    private static string WithoutLoneSurrogates(string value)
    {
        if (!value.Any(char.IsSurrogate))
        {
            return value;
        }

        var chars = value.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(chars[i]))
            {
                chars[i] = '\uFFFD';
            }
        }

        return new string(chars);
    }

    private void CountNode()
    {
        if (open.TryPop(out var count))
        {
            open.Push(count < 0 ? count : count + 1);
        }
    }
}
