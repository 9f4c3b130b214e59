using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FirmwareGuard.Benchmarks.Measurement.PauseCharging;

/// <summary>
/// The <see cref="CompilationStartAnalysisContext"/> a charged compilation start action receives:
/// every registration forwarded, every callback charged. <c>TryGetValue</c> cannot be forwarded (its
/// override is internal to Roslyn) and throws <see cref="NotImplementedException"/>; no measured
/// analyzer calls it, and one that did would fail the run with AD0001.
/// </summary>
internal sealed class PauseChargingCompilationStartContext : CompilationStartAnalysisContext
{
    private readonly CompilationStartAnalysisContext context;
    private readonly CallbackPauses pauses;

    public PauseChargingCompilationStartContext(CompilationStartAnalysisContext context, CallbackPauses pauses)
        : base(context.Compilation, context.Options, context.CancellationToken)
    {
        this.context = context;
        this.pauses = pauses;
    }

    public override void RegisterCompilationEndAction(Action<CompilationAnalysisContext> action) =>
        context.RegisterCompilationEndAction(pauses.Charged(action));

    public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) =>
        context.RegisterSemanticModelAction(pauses.Charged(action));

    public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) =>
        context.RegisterSymbolAction(pauses.Charged(action), symbolKinds);

    public override void RegisterSymbolStartAction(Action<SymbolStartAnalysisContext> action, SymbolKind symbolKind) =>
        context.RegisterSymbolStartAction(pauses.ChargedSymbolStart(action), symbolKind);

    public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) =>
        context.RegisterCodeBlockStartAction(pauses.ChargedCodeBlockStart(action));

    public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) =>
        context.RegisterCodeBlockAction(pauses.Charged(action));

    public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action) =>
        context.RegisterOperationBlockStartAction(pauses.ChargedOperationBlockStart(action));

    public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action) =>
        context.RegisterOperationBlockAction(pauses.Charged(action));

    public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) =>
        context.RegisterSyntaxTreeAction(pauses.Charged(action));

    public override void RegisterAdditionalFileAction(Action<AdditionalFileAnalysisContext> action) =>
        context.RegisterAdditionalFileAction(pauses.Charged(action));

    public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) =>
        context.RegisterSyntaxNodeAction(pauses.Charged(action), syntaxKinds);

    public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) =>
        context.RegisterOperationAction(pauses.Charged(action), operationKinds);
}
