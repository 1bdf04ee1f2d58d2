using System.Text;

namespace CollectionSite.Tests.Repository;

/// <summary>
/// The simple commands of a workflow's `run:` script, split into words the way a POSIX shell would for the
/// quoting our workflows use ('...', "...", backslash-newline): enough to find each program and its options.
/// </summary>
internal static class ShellCommands
{
    private static readonly HashSet<string> Separators = ["&&", "||", ";", "|", ">", ">>", "<", "2>", "2>&1"];

    /// <summary>Every command whose first word is <paramref name="program"/>, as its argument words.</summary>
    public static IEnumerable<IReadOnlyList<string>> Invocations(string script, string program)
    {
        foreach (var line in script.Replace("\\\n", " ", StringComparison.Ordinal).Split('\n'))
        {
            var current = new List<string>();
            foreach (var word in Words(line).Append(";"))
            {
                if (!Separators.Contains(word))
                {
                    current.Add(word);
                    continue;
                }

                if (current.Count > 0 && current[0] == program)
                {
                    yield return current.Skip(1).ToList();
                }

                current = [];
            }
        }
    }

    private static IEnumerable<string> Words(string line)
    {
        var word = new StringBuilder();
        var inWord = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '#' && !inWord)
            {
                break;
            }

            if (char.IsWhiteSpace(c))
            {
                if (inWord)
                {
                    yield return word.ToString();
                    word.Clear();
                    inWord = false;
                }

                continue;
            }

            inWord = true;
            if (c is '\'' or '"')
            {
                var end = line.IndexOf(c, i + 1);
                word.Append(line, i + 1, (end < 0 ? line.Length : end) - i - 1);
                i = end < 0 ? line.Length : end;
            }
            else
            {
                word.Append(c);
            }
        }

        if (inWord)
        {
            yield return word.ToString();
        }
    }
}
