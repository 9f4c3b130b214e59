using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FirmwareGuard.Benchmarks.Measurement.PauseCharging;

/// <summary>The <see cref="AnalysisContext"/> a <see cref="PauseChargingAnalyzer"/> hands its analyzer: every member forwarded, every callback charged.</summary>
internal sealed class PauseChargingAnalysisContext : AnalysisContext
{
    private readonly AnalysisContext context;
    private readonly CallbackPauses pauses;

    public PauseChargingAnalysisContext(AnalysisContext context, CallbackPauses pauses)
    {
        this.context = context;
        this.pauses = pauses;
    }

    public override DiagnosticSeverity MinimumReportedSeverity => context.MinimumReportedSeverity;

    public override void EnableConcurrentExecution() => context.EnableConcurrentExecution();

    public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode) => context.ConfigureGeneratedCodeAnalysis(analysisMode);

    public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action) =>
        context.RegisterCompilationStartAction(pauses.ChargedCompilationStart(action));

    public override void RegisterCompilationAction(Action<CompilationAnalysisContext> action) =>
        context.RegisterCompilationAction(pauses.Charged(action));

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

    public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) =>
        context.RegisterSyntaxTreeAction(pauses.Charged(action));

    public override void RegisterAdditionalFileAction(Action<AdditionalFileAnalysisContext> action) =>
        context.RegisterAdditionalFileAction(pauses.Charged(action));

    public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) =>
        context.RegisterSyntaxNodeAction(pauses.Charged(action), syntaxKinds);

    public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action) =>
        context.RegisterOperationBlockStartAction(pauses.ChargedOperationBlockStart(action));

    public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action) =>
        context.RegisterOperationBlockAction(pauses.Charged(action));

    public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) =>
        context.RegisterOperationAction(pauses.Charged(action), operationKinds);
}
