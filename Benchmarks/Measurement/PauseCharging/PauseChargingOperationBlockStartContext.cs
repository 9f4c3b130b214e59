using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FirmwareGuard.Benchmarks.Measurement.PauseCharging;

/// <summary>
/// The <see cref="OperationBlockStartAnalysisContext"/> a charged operation block start action
/// receives: every registration forwarded, every callback charged. Roslyn hands its control-flow-graph
/// cache and <c>IsGeneratedCode</c>, <c>FilterTree</c> and <c>FilterSpan</c> only to an internal
/// constructor, so here <c>GetControlFlowGraph</c> builds a graph of its own and those read false, null
/// and null; no measured analyzer registers an operation block start action.
/// </summary>
internal sealed class PauseChargingOperationBlockStartContext : OperationBlockStartAnalysisContext
{
    private readonly OperationBlockStartAnalysisContext context;
    private readonly CallbackPauses pauses;

    public PauseChargingOperationBlockStartContext(OperationBlockStartAnalysisContext context, CallbackPauses pauses)
#pragma warning disable CS0618 // Obsolete for tests; the only constructor outside Roslyn (see the summary).
        : base(context.OperationBlocks, context.OwningSymbol, context.Compilation, context.Options, context.CancellationToken)
#pragma warning restore CS0618
    {
        this.context = context;
        this.pauses = pauses;
    }

    public override void RegisterOperationBlockEndAction(Action<OperationBlockAnalysisContext> action) =>
        context.RegisterOperationBlockEndAction(pauses.Charged(action));

    public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) =>
        context.RegisterOperationAction(pauses.Charged(action), operationKinds);
}
