using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using FirmwareGuard.Configuration;
using FirmwareGuard.Dialects;
using FirmwareGuard.Shims;
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
    private readonly ImmutableDictionary<string, string> rejectedDialects;
    private readonly ConcurrentDictionary<SyntaxTree, ShimOptions> treeOptions = new();
    private readonly ConcurrentDictionary<Dialect, ConcurrentDictionary<string, FormatAnalysis>> formats = new();
    private static readonly Func<Dialect, ConcurrentDictionary<string, FormatAnalysis>> newFormatCache =
        static _ => new ConcurrentDictionary<string, FormatAnalysis>();
    private readonly Func<SyntaxTree, ShimOptions> readOptions;
    private ShimBody? lastBodyAsked;
    private ShimCall? lastCallRead;

    /// <summary>A name and its dialect in one object, so a thread never reads one without the other.</summary>
    private Tuple<string, Dialect>? lastDialectFound;

    public FirmwareGuardContext(Compilation compilation, AnalyzerOptions options, ProjectDialects dialects)
    {
        Compilation = compilation;
        optionsProvider = options.AnalyzerConfigOptionsProvider;
        this.dialects = dialects.Dialects;
        rejectedDialects = dialects.Rejected;
        readOptions = tree => ShimOptions.Read(optionsProvider.GetOptions(tree));
        Resolver = new ShimResolver(compilation, Callees, OptionsFor);
    }

    public Compilation Compilation { get; }

    public Callees Callees { get; } = new();

    public ShimResolver Resolver { get; }

    /// <summary>The context of a compilation, with the built-in dialects and those of the project's dialect files.</summary>
    public static FirmwareGuardContext Create(Compilation compilation, AnalyzerOptions options, CancellationToken cancellationToken = default) =>
        new(compilation, options, ProjectDialects.Load(options.AdditionalFiles, cancellationToken));

    /// <summary>The tree's settings, read once per tree (the delegate is built once, so the per-call lookup allocates nothing).</summary>
    public ShimOptions OptionsFor(SyntaxTree tree) => treeOptions.GetOrAdd(tree, readOptions);

    /// <summary>True for a member marked with an attribute named <c>MustLogAttribute</c>.</summary>
    public bool IsMustLog(IMethodSymbol method) => Callees.Of(method).IsMustLog;

    /// <summary>
    /// The dialect of a name. The dialect found last is kept with the very string that named it: calls
    /// name their dialect with the string of their shim's attribute or of their tree's settings, so the
    /// lookup, which ignores case, runs when that string changes rather than for every call.
    /// </summary>
    public bool TryGetDialect(string name, out Dialect dialect)
    {
        if (lastDialectFound is { } last && ReferenceEquals(last.Item1, name))
        {
            dialect = last.Item2;
            return true;
        }

        if (!dialects.TryGet(name, out dialect))
        {
            return false;
        }

        lastDialectFound = Tuple.Create(name, dialect);
        return true;
    }

    /// <summary>The dialect file that defines the named dialect but was rejected for it (FG0902), or null.</summary>
    public string? FileThatRejected(string dialectName) => rejectedDialects.TryGetValue(dialectName, out var file) ? file : null;

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

    public ShimCall? ReadCall(IInvocationOperation invocation) => ReadCall(invocation, Callees.Of(invocation.TargetMethod).ShimCandidate);

    /// <summary>
    /// The call read as a shim call, for a caller that already has the callee's <see cref="Callee.ShimCandidate"/>.
    /// The call read last is kept: FG0103 reads a <c>[MustLog]</c> call's log line again, and that is
    /// usually the shim call the driver analysed just before.
    /// </summary>
    public ShimCall? ReadCall(IInvocationOperation invocation, ShimCandidate? candidate)
    {
        if (lastCallRead is { } last && ReferenceEquals(last.Invocation, invocation))
        {
            return last;
        }

        var call = ShimCallReader.Read(invocation, candidate, this);
        if (call is not null)
        {
            lastCallRead = call;
        }

        return call;
    }

    /// <summary>
    /// True for a call in a shim's body that is not checked (<see cref="ShimBody"/>). The driver analyses
    /// the calls of one body one after another, so the answer for the function asked about last is kept.
    /// </summary>
    public bool IsExemptInShimBody(ISymbol? containingSymbol, IInvocationOperation call)
    {
        var function = ShimBody.FunctionOf(containingSymbol, call);
        var body = lastBodyAsked;
        if (body is null || !ReferenceEquals(body.Function, function))
        {
            body = ShimBody.Of(function, OperationTrees.Of(call), Resolver);
            lastBodyAsked = body;
        }

        return body.Exempts(call);
    }
}
