using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FirmwareGuard.Benchmarks.Measurement;

/// <summary>
/// Asks for every invocation operation and does nothing with it: the cost any IOperation
/// invocation analyzer pays (building the operation trees, driving the callbacks), which in a real
/// build is shared by every such analyzer.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class NoOpInvocationAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Never = new(
        "NOOP0001", "Never reported", "Never reported", "Benchmark", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Never);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterOperationAction(static _ => { }, OperationKind.Invocation);
    }
}
