using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FirmwareGuard.Tests.Robustness;

/// <summary>
/// Registers every kind of action on every context that takes registrations, start contexts inside
/// start contexts as deep as Roslyn allows, and records each registration and each callback that ran
/// under its path ("compilation start/symbol start/operation"). The callback named
/// <c>collectIn</c> collects garbage the first time it runs and records that collection's pause.
/// </summary>
#pragma warning disable RS1001, RS2008 // Run by the tests through CompilationWithAnalyzers: never discovered, never released.
internal sealed class RegistrationProbe : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Never = new(
        "PROBE0001", "Never reported", "Never reported", "Test", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

    private readonly string? collectIn;
    private readonly ConcurrentDictionary<string, bool> registered = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> ran = new(StringComparer.Ordinal);

    public RegistrationProbe(string? collectIn = null) => this.collectIn = collectIn;

    public IEnumerable<string> Registered => registered.Keys.Order(StringComparer.Ordinal);

    public IEnumerable<string> Ran => ran.Keys.Order(StringComparer.Ordinal);

    public TimeSpan PauseOfTheCollection { get; private set; }

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Never);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(Callback<CompilationStartAnalysisContext>("compilation start", InCompilationStart));
        context.RegisterCompilationAction(Callback<CompilationAnalysisContext>("compilation"));
        context.RegisterSemanticModelAction(Callback<SemanticModelAnalysisContext>("semantic model"));
        context.RegisterSymbolAction(Callback<SymbolAnalysisContext>("symbol"), SymbolKind.NamedType);
        context.RegisterSymbolStartAction(Callback<SymbolStartAnalysisContext>("symbol start", InSymbolStart), SymbolKind.NamedType);
        context.RegisterCodeBlockStartAction(Callback<CodeBlockStartAnalysisContext<SyntaxKind>>("code block start", InCodeBlockStart));
        context.RegisterCodeBlockAction(Callback<CodeBlockAnalysisContext>("code block"));
        context.RegisterSyntaxTreeAction(Callback<SyntaxTreeAnalysisContext>("syntax tree"));
        context.RegisterAdditionalFileAction(Callback<AdditionalFileAnalysisContext>("additional file"));
        context.RegisterSyntaxNodeAction(Callback<SyntaxNodeAnalysisContext>("syntax node"), SyntaxKind.InvocationExpression);
        context.RegisterOperationBlockStartAction(Callback<OperationBlockStartAnalysisContext>("operation block start", InOperationBlockStart));
        context.RegisterOperationBlockAction(Callback<OperationBlockAnalysisContext>("operation block"));
        context.RegisterOperationAction(Callback<OperationAnalysisContext>("operation"), OperationKind.Invocation);
    }

    private void InCompilationStart(CompilationStartAnalysisContext start, string path)
    {
        start.RegisterCompilationEndAction(Callback<CompilationAnalysisContext>(path + "/compilation end"));
        start.RegisterSemanticModelAction(Callback<SemanticModelAnalysisContext>(path + "/semantic model"));
        start.RegisterSymbolAction(Callback<SymbolAnalysisContext>(path + "/symbol"), SymbolKind.NamedType);
        start.RegisterSymbolStartAction(Callback<SymbolStartAnalysisContext>(path + "/symbol start", InSymbolStart), SymbolKind.NamedType);
        start.RegisterCodeBlockStartAction(Callback<CodeBlockStartAnalysisContext<SyntaxKind>>(path + "/code block start", InCodeBlockStart));
        start.RegisterCodeBlockAction(Callback<CodeBlockAnalysisContext>(path + "/code block"));
        start.RegisterOperationBlockStartAction(Callback<OperationBlockStartAnalysisContext>(path + "/operation block start", InOperationBlockStart));
        start.RegisterOperationBlockAction(Callback<OperationBlockAnalysisContext>(path + "/operation block"));
        start.RegisterSyntaxTreeAction(Callback<SyntaxTreeAnalysisContext>(path + "/syntax tree"));
        start.RegisterAdditionalFileAction(Callback<AdditionalFileAnalysisContext>(path + "/additional file"));
        start.RegisterSyntaxNodeAction(Callback<SyntaxNodeAnalysisContext>(path + "/syntax node"), SyntaxKind.InvocationExpression);
        start.RegisterOperationAction(Callback<OperationAnalysisContext>(path + "/operation"), OperationKind.Invocation);
    }

    private void InSymbolStart(SymbolStartAnalysisContext start, string path)
    {
        start.RegisterSymbolEndAction(Callback<SymbolAnalysisContext>(path + "/symbol end"));
        start.RegisterCodeBlockStartAction(Callback<CodeBlockStartAnalysisContext<SyntaxKind>>(path + "/code block start", InCodeBlockStart));
        start.RegisterCodeBlockAction(Callback<CodeBlockAnalysisContext>(path + "/code block"));
        start.RegisterSyntaxNodeAction(Callback<SyntaxNodeAnalysisContext>(path + "/syntax node"), SyntaxKind.InvocationExpression);
        start.RegisterOperationBlockStartAction(Callback<OperationBlockStartAnalysisContext>(path + "/operation block start", InOperationBlockStart));
        start.RegisterOperationBlockAction(Callback<OperationBlockAnalysisContext>(path + "/operation block"));
        start.RegisterOperationAction(Callback<OperationAnalysisContext>(path + "/operation"), OperationKind.Invocation);
    }

    private void InOperationBlockStart(OperationBlockStartAnalysisContext start, string path)
    {
        start.RegisterOperationBlockEndAction(Callback<OperationBlockAnalysisContext>(path + "/operation block end"));
        start.RegisterOperationAction(Callback<OperationAnalysisContext>(path + "/operation"), OperationKind.Invocation);
    }

    private void InCodeBlockStart(CodeBlockStartAnalysisContext<SyntaxKind> start, string path)
    {
        start.RegisterCodeBlockEndAction(Callback<CodeBlockAnalysisContext>(path + "/code block end"));
        start.RegisterSyntaxNodeAction(Callback<SyntaxNodeAnalysisContext>(path + "/syntax node"), SyntaxKind.InvocationExpression);
    }

    /// <summary>The callback registered under <paramref name="path"/>; a start callback then registers, under its path, on the context it receives.</summary>
    private Action<TContext> Callback<TContext>(string path, Action<TContext, string>? registerInside = null)
    {
        registered.TryAdd(path, true);
        return context =>
        {
            if (ran.TryAdd(path, true) && path == collectIn)
            {
                var before = GC.GetTotalPauseDuration();
                GC.Collect();
                PauseOfTheCollection = GC.GetTotalPauseDuration() - before;
            }

            registerInside?.Invoke(context, path);
        };
    }
}
#pragma warning restore RS1001, RS2008
