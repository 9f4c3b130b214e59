using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FirmwareGuard.Benchmarks.Measurement.PauseCharging;

/// <summary>
/// The <see cref="CodeBlockStartAnalysisContext{TLanguageKindEnum}"/> a charged code block start
/// action receives: every registration forwarded, every callback charged. Roslyn sets
/// <c>IsGeneratedCode</c> and <c>FilterSpan</c> only through an internal constructor, so here they
/// read false and null; no measured analyzer registers a code block start action.
/// </summary>
internal sealed class PauseChargingCodeBlockStartContext<TLanguageKindEnum> : CodeBlockStartAnalysisContext<TLanguageKindEnum>
    where TLanguageKindEnum : struct
{
    private readonly CodeBlockStartAnalysisContext<TLanguageKindEnum> context;
    private readonly CallbackPauses pauses;

    public PauseChargingCodeBlockStartContext(CodeBlockStartAnalysisContext<TLanguageKindEnum> context, CallbackPauses pauses)
#pragma warning disable CS0618 // Obsolete for tests; the only constructor outside Roslyn (see the summary).
        : base(context.CodeBlock, context.OwningSymbol, context.SemanticModel, context.Options, context.CancellationToken)
#pragma warning restore CS0618
    {
        this.context = context;
        this.pauses = pauses;
    }

    public override void RegisterCodeBlockEndAction(Action<CodeBlockAnalysisContext> action) =>
        context.RegisterCodeBlockEndAction(pauses.Charged(action));

    public override void RegisterSyntaxNodeAction(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) =>
        context.RegisterSyntaxNodeAction(pauses.Charged(action), syntaxKinds);
}
