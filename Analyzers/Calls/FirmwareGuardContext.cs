using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Threading;
using FirmwareGuard.Dialects;
using FirmwareGuard.Logging;
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
    private readonly ConcurrentDictionary<SyntaxTree, RolePatterns> treeRoles = new();
    private readonly ConcurrentDictionary<IMethodSymbol, bool> mustLog = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<Dialect, ConcurrentDictionary<string, FormatAnalysis>> formats = new();
    private static readonly Func<Dialect, ConcurrentDictionary<string, FormatAnalysis>> newFormatCache =
        static _ => new ConcurrentDictionary<string, FormatAnalysis>();
    private readonly Func<SyntaxTree, ShimOptions> readOptions;
    private readonly Func<SyntaxTree, RolePatterns> readRolePatterns;

    public FirmwareGuardContext(Compilation compilation, AnalyzerOptions options, DialectSet dialects)
    {
        Compilation = compilation;
        optionsProvider = options.AnalyzerConfigOptionsProvider;
        this.dialects = dialects;
        readOptions = tree => ShimOptions.Read(optionsProvider.GetOptions(tree));
        readRolePatterns = tree => RolePatterns.Read(optionsProvider.GetOptions(tree));
        Resolver = new ShimResolver(compilation, OptionsFor);
    }

    public Compilation Compilation { get; }

    public ShimResolver Resolver { get; }

    /// <summary>The context of a compilation, with the built-in dialects and those of the project's dialect files.</summary>
    public static FirmwareGuardContext Create(Compilation compilation, AnalyzerOptions options, CancellationToken cancellationToken = default) =>
        new(compilation, options, ProjectDialects.Load(options.AdditionalFiles, cancellationToken).Dialects);

    /// <summary>The tree's settings, read once per tree (the delegate is built once, so the per-call lookup allocates nothing).</summary>
    public ShimOptions OptionsFor(SyntaxTree tree) => treeOptions.GetOrAdd(tree, readOptions);

    public RoleResolver Roles { get; } = new();

    /// <summary>The tree's role name patterns, read once per tree.</summary>
    public RolePatterns RolePatternsFor(SyntaxTree tree) => treeRoles.GetOrAdd(tree, readRolePatterns);

    /// <summary>True for a member marked with an attribute named <c>MustLogAttribute</c>.</summary>
    public bool IsMustLog(IMethodSymbol method) =>
        mustLog.GetOrAdd(method.OriginalDefinition, static m => m.GetAttributes().Any(a => a.AttributeClass?.Name == Messages.MustLogAttributeName));

    public bool TryGetDialect(string name, out Dialect dialect) => dialects.TryGet(name, out dialect);

    /// <summary>The names of the dialects this compilation knows, for messages.</summary>
    public string DialectNames => string.Join(", ", dialects.Names.OrderBy(n => n, StringComparer.OrdinalIgnoreCase));

    /// <summary>Dialect names used in this compilation that no dialect has (FG0903).</summary>
    public UnknownDialectUses UnknownDialects { get; } = new();

    /// <summary>A format read by a dialect; each distinct string is parsed once per compilation.</summary>
    public FormatAnalysis Analyze(Dialect dialect, string format)
    {
        var analyses = formats.GetOrAdd(dialect, newFormatCache);
        return analyses.TryGetValue(format, out var analysis) ? analysis : analyses.GetOrAdd(format, dialect.Analyze(format));
    }

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
