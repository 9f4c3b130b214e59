using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FirmwareGuard.Benchmarks.Measurement.PauseCharging;

/// <summary>
/// The <see cref="SymbolStartAnalysisContext"/> a charged symbol start action receives: every
/// registration forwarded, every callback charged. Roslyn sets <c>IsGeneratedCode</c>,
/// <c>FilterTree</c> and <c>FilterSpan</c> only through an internal constructor, so here they read
/// false, null and null; no measured analyzer registers a symbol start action.
/// </summary>
internal sealed class PauseChargingSymbolStartContext : SymbolStartAnalysisContext
{
    private readonly SymbolStartAnalysisContext context;
    private readonly CallbackPauses pauses;

    public PauseChargingSymbolStartContext(SymbolStartAnalysisContext context, CallbackPauses pauses)
#pragma warning disable CS0618 // Obsolete for tests; the only constructor outside Roslyn (see the summary).
        : base(context.Symbol, context.Compilation, context.Options, context.CancellationToken)
#pragma warning restore CS0618
    {
        this.context = context;
        this.pauses = pauses;
    }

    public override void RegisterSymbolEndAction(Action<SymbolAnalysisContext> action) =>
        context.RegisterSymbolEndAction(pauses.Charged(action));

    public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) =>
        context.RegisterCodeBlockStartAction(pauses.ChargedCodeBlockStart(action));

    public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) =>
        context.RegisterCodeBlockAction(pauses.Charged(action));

    public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) =>
        context.RegisterSyntaxNodeAction(pauses.Charged(action), syntaxKinds);

    public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action) =>
        context.RegisterOperationBlockStartAction(pauses.ChargedOperationBlockStart(action));

    public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action) =>
        context.RegisterOperationBlockAction(pauses.Charged(action));

    public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) =>
        context.RegisterOperationAction(pauses.Charged(action), operationKinds);
}
