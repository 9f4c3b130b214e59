using System;
using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FirmwareGuard.FirmwareLog;

/// <summary>
/// The roles of values printed in each syntax tree, under the tree's name patterns, for one
/// compilation: each tree's settings are read once, and trees with the same patterns share one
/// resolver (and its per-symbol cache).
/// </summary>
internal sealed class TreeRoles
{
    private readonly ConcurrentDictionary<SyntaxTree, RoleResolver> byTree = new();
    private readonly ConcurrentDictionary<RolePatterns, RoleResolver> byPatterns = new();
    private readonly Func<SyntaxTree, RoleResolver> read;

    public TreeRoles(AnalyzerConfigOptionsProvider options)
    {
        read = tree => byPatterns.GetOrAdd(RolePatterns.Read(options.GetOptions(tree)), static patterns => new RoleResolver(patterns));
    }

    public RoleResolver For(SyntaxTree tree) => byTree.GetOrAdd(tree, read);
}
