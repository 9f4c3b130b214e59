using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace FirmwareGuard.Tests.Meta;

/// <summary>
/// The analyzer's namespaces form layers (docs/architecture.md): no namespace uses, through
/// others, a namespace that uses it. Read from each source file's namespace and usings.
/// </summary>
public partial class NamespaceLayeringTests
{
    [Fact]
    public void NoNamespaceDependsOnItself()
    {
        var uses = new Dictionary<string, HashSet<string>>();
        foreach (var file in Directory.EnumerateFiles(RepositoryRoot.Combine("Analyzers"), "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", System.StringComparison.Ordinal)))
        {
            var text = File.ReadAllText(file);
            if (Namespace().Match(text) is not { Success: true } declared)
            {
                continue;
            }

            var own = declared.Groups["name"].Value;
            if (!uses.TryGetValue(own, out var used))
            {
                uses.Add(own, used = new HashSet<string>());
            }

            used.UnionWith(Using().Matches(text).Select(match => match.Groups["name"].Value).Where(name => name != own));
        }

        Assert.Contains("FirmwareGuard.Calls", uses.Keys);
        var cycles = uses.Keys.Where(start => Reachable(uses, start).Contains(start)).OrderBy(name => name).ToList();
        Assert.True(cycles.Count == 0, "namespaces on a cycle: " + string.Join(", ", cycles));
    }

    private static HashSet<string> Reachable(Dictionary<string, HashSet<string>> uses, string start)
    {
        var seen = new HashSet<string>();
        var pending = new Stack<string>(uses[start]);
        while (pending.Count > 0)
        {
            var next = pending.Pop();
            if (seen.Add(next) && uses.TryGetValue(next, out var further))
            {
                foreach (var name in further)
                {
                    pending.Push(name);
                }
            }
        }

        return seen;
    }

    [GeneratedRegex(@"^namespace (?<name>FirmwareGuard[\w.]*);", RegexOptions.Multiline)]
    private static partial Regex Namespace();

    [GeneratedRegex(@"^using (?<name>FirmwareGuard[\w.]*);", RegexOptions.Multiline)]
    private static partial Regex Using();
}
