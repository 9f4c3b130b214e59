using System;
using System.Collections.Concurrent;
using FirmwareGuard.Dialects;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace FirmwareGuard.Calls;

/// <summary>
/// Everything FirmwareGuard resolves once per compilation: which methods are shims, the dialects,
/// each syntax tree's settings and each distinct format string read by each dialect.
/// </summary>
internal sealed class FirmwareGuardContext
{
    private readonly AnalyzerConfigOptionsProvider optionsProvider;
    private readonly DialectSet dialects;
    private readonly ConcurrentDictionary<SyntaxTree, ShimOptions> treeOptions = new();
    private readonly ConcurrentDictionary<(Dialect Dialect, string Format), FormatAnalysis> formats = new();
    private readonly Func<(Dialect Dialect, string Format), FormatAnalysis> analyzeFormat =
        static key => key.Dialect.Analyze(key.Format);
    private readonly Func<SyntaxTree, ShimOptions> readOptions;

    public FirmwareGuardContext(Compilation compilation, AnalyzerOptions options, DialectSet dialects)
    {
        Compilation = compilation;
        optionsProvider = options.AnalyzerConfigOptionsProvider;
        this.dialects = dialects;
        readOptions = tree => ShimOptions.Read(optionsProvider.GetOptions(tree));
    }

    public Compilation Compilation { get; }

    public ShimResolver Resolver { get; } = new();

    public static FirmwareGuardContext Create(Compilation compilation, AnalyzerOptions options) =>
        new(compilation, options, DialectSet.BuiltIn);

    /// <summary>The tree's settings, read once per tree (the delegate is built once, so the per-call lookup allocates nothing).</summary>
    public ShimOptions OptionsFor(SyntaxTree tree) => treeOptions.GetOrAdd(tree, readOptions);

    public bool TryGetDialect(string name, out Dialect dialect) => dialects.TryGet(name, out dialect);

    /// <summary>A format read by a dialect; each distinct string is parsed once per compilation.</summary>
    public FormatAnalysis Analyze(Dialect dialect, string format) => formats.GetOrAdd((dialect, format), analyzeFormat);

    public ShimCall? ReadCall(IInvocationOperation invocation) => ShimCallReader.Read(invocation, this);

    /// <summary>True inside a shim's own body, which is never checked.</summary>
    public bool IsInsideShim(ISymbol? containingSymbol, SyntaxTree tree)
    {
        for (var symbol = containingSymbol; symbol is not null; symbol = symbol.ContainingSymbol)
        {
            if (symbol is IMethodSymbol method && Resolver.Resolve(method, OptionsFor(tree)) is not null)
            {
                return true;
            }

            if (symbol is INamedTypeSymbol)
            {
                return false;
            }
        }

        return false;
    }
}
