using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace FirmwareGuard.Tests.Robustness;

/// <summary>
/// Finds the programs to mangle without knowing any test by name: every raw string literal in the
/// test classes under Analyzers.Tests/Rules and Analyzers.Tests/CodeFixes that holds C# with a call
/// in it (test sources and fixed sources alike), stripped of the Testing library's markup; and the
/// Firmware project's own sources.
/// </summary>
public static partial class TestSourceCollector
{
    private static readonly string[] TestFolders = ["Rules", "CodeFixes"];

    public static ImmutableArray<RobustnessSource> RuleTestSources()
    {
        var sources = new List<RobustnessSource>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var folder in TestFolders.Select(f => RepositoryRoot.Combine("Analyzers.Tests", f)).Where(Directory.Exists))
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var tree = CSharpSyntaxTree.ParseText(File.ReadAllText(file), path: file);
                foreach (var token in tree.GetRoot().DescendantTokens())
                {
                    if (!token.IsKind(SyntaxKind.MultiLineRawStringLiteralToken) && !token.IsKind(SyntaxKind.SingleLineRawStringLiteralToken))
                    {
                        continue;
                    }

                    var text = StripMarkup(token.ValueText);
                    if (HoldsCall(text) && seen.Add(text))
                    {
                        var line = token.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
                        var name = $"{Path.GetRelativePath(RepositoryRoot.Path, file)}:{line}";
                        sources.Add(new RobustnessSource(name, [("Test0.cs", text)], 0));
                    }
                }
            }
        }

        return sources.ToImmutableArray();
    }

    /// <summary>The Firmware project, once per file: that file is the one mangled, the others stay whole.</summary>
    public static ImmutableArray<RobustnessSource> FirmwareSources()
    {
        var folder = RepositoryRoot.Combine("Firmware");
        var files = Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(path => !IsBuildOutput(Path.GetRelativePath(folder, path)))
            .Order(StringComparer.Ordinal)
            .Select(path => (Path: Path.GetRelativePath(RepositoryRoot.Path, path), Text: File.ReadAllText(path)))
            .ToImmutableArray();
        return Enumerable.Range(0, files.Length).Select(i => new RobustnessSource(files[i].Path, files, i)).ToImmutableArray();
    }

    /// <summary>Removes <c>{|ID:</c>, <c>{|#0:</c>, <c>|}</c>, <c>[|</c> and <c>|]</c>.</summary>
    public static string StripMarkup(string text) =>
        MarkupClose().Replace(MarkupOpen().Replace(text, string.Empty), string.Empty);

    private static bool HoldsCall(string text) =>
        CSharpSyntaxTree.ParseText(text).GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>().Any();

    private static bool IsBuildOutput(string relativePath)
    {
        var first = relativePath.Split(Path.DirectorySeparatorChar)[0];
        return first is "bin" or "obj";
    }

    [GeneratedRegex(@"\{\|[^:{}|]*:")]
    private static partial Regex MarkupOpen();

    [GeneratedRegex(@"\|\}|\[\||\|\]")]
    private static partial Regex MarkupClose();
}
