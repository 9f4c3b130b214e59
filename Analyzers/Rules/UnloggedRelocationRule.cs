using System.Collections.Generic;
using System.Linq;
using FirmwareGuard.Calls;
using FirmwareGuard.Catalog;
using FirmwareGuard.FirmwareLog;
using FirmwareGuard.Shims;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace FirmwareGuard.Rules;

/// <summary>
/// FG0103: a call to a <c>[MustLog]</c> member that is not preceded, on every path through the method,
/// by a message printing each of its <c>[LogRole]</c> arguments (the same symbols, or values computed
/// from them) with no write to those symbols in between. A message just before the call in the same
/// block settles it (<see cref="StraightLineLog"/>); otherwise a forward "must" analysis over the
/// control-flow graph, one per call.
/// </summary>
internal static class UnloggedRelocationRule
{
    /// <summary>Checks the <c>[MustLog]</c> call being analysed (and reports only on it, so the diagnostic stays local to it).</summary>
    public static void Analyze(in OperationAnalysisContext context, IInvocationOperation call, Callee callee, IOperation function, FirmwareGuardContext firmwareGuard, BodyFlows flows)
    {
        var required = RelocationRequirement.Of(call, callee, new LocalDefinitions(function));
        if (StraightLineLog.Precedes(call, required, firmwareGuard)
            || flows.Of(context, function) is not { } flow
            || IsLoggedOnEveryPath(flow, call, required) is not false
            || firmwareGuard.IsExemptInShimBody(context.ContainingSymbol, call))
        {
            return;
        }

        var arguments = required.Arguments.ToList();
        var names = arguments.Count == 0
            ? "no message precedes it"
            : "no message before it prints " + string.Join(", ", arguments.Select(argument => Wording.Code(argument.Value.Syntax.ToString())));
        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.UnloggedRelocation,
            call.Syntax.GetLocation(),
            Wording.Code(call.TargetMethod.Name),
            Wording.Code(FunctionBodies.NameOf(function, context.ContainingSymbol)),
            names));
    }

    /// <summary>What the graph says of the call: null when the call is not in it.</summary>
    public static bool? IsLoggedOnEveryPath(MessageFlow flow, IInvocationOperation call, RelocationRequirement required)
    {
        foreach (var block in flow.Graph.Blocks)
        {
            var events = flow.Events[block.Ordinal];
            for (var i = 0; i < events.Length; i++)
            {
                if (events[i].MustLogCall is { } flowCall && flowCall.Syntax == call.Syntax)
                {
                    return Effect(events.Take(i), required) ?? LoggedOnEntry(flow, required)[block.Ordinal];
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Whether, on entry to each block, every path has logged the call's values since they last changed.
    /// Code no path reaches counts as logged throughout, so it does not unlog the code after it.
    /// </summary>
    private static bool[] LoggedOnEntry(MessageFlow flow, RelocationRequirement required)
    {
        var blocks = flow.Graph.Blocks;
        var effects = blocks.Select(block => Effect(flow.Events[block.Ordinal], required)).ToArray();
        var stays = blocks.Select(block => !flow.Events[block.Ordinal].Any(e => e.Kind == FlowEventKind.Write && required.IsUndoneBy(e.Written!))).ToArray();
        var onEntry = Enumerable.Repeat(true, blocks.Length).ToArray();
        var onExit = Enumerable.Repeat(true, blocks.Length).ToArray();
        onEntry[0] = false;
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var block in blocks)
            {
                var entry = block.Kind != BasicBlockKind.Entry && ReachedLogged(flow, block, onEntry, onExit, stays);
                var exit = !block.IsReachable || (effects[block.Ordinal] ?? entry);
                if (entry != onEntry[block.Ordinal] || exit != onExit[block.Ordinal])
                {
                    onEntry[block.Ordinal] = entry;
                    onExit[block.Ordinal] = exit;
                    changed = true;
                }
            }
        }

        return onEntry;
    }

    /// <summary>
    /// Whether every way into the block comes logged. A catch, filter or finally is also entered from
    /// any point of its try block, where "logged" holds if it held on entry to that point's basic block
    /// and the block writes none of the values.
    /// </summary>
    private static bool ReachedLogged(MessageFlow flow, BasicBlock block, bool[] onEntry, bool[] onExit, bool[] stays)
    {
        if (!block.IsReachable)
        {
            return true;
        }

        var predecessors = flow.Predecessors[block.Ordinal];
        var fromPredecessors = predecessors.All(p => onExit[p.Ordinal]);
        if (ThrowingRegion(block) is not { } tryRegion)
        {
            return predecessors.Length > 0 && fromPredecessors;
        }

        for (var ordinal = tryRegion.FirstBlockOrdinal; ordinal <= tryRegion.LastBlockOrdinal; ordinal++)
        {
            if (!onEntry[ordinal] || !stays[ordinal])
            {
                return false;
            }
        }

        return fromPredecessors;
    }

    /// <summary>For the first block of a catch, filter or finally, the try region whose exceptions lead there.</summary>
    private static ControlFlowRegion? ThrowingRegion(BasicBlock block)
    {
        for (var region = block.EnclosingRegion; region.FirstBlockOrdinal == block.Ordinal && region.EnclosingRegion is { } enclosing; region = enclosing)
        {
            switch (region.Kind)
            {
                case ControlFlowRegionKind.Filter or ControlFlowRegionKind.Finally:
                case ControlFlowRegionKind.Catch when enclosing.Kind == ControlFlowRegionKind.TryAndCatch:
                    return enclosing.Kind == ControlFlowRegionKind.FilterAndHandler ? enclosing.EnclosingRegion!.NestedRegions[0] : enclosing.NestedRegions[0];
            }
        }

        return null;
    }

    /// <summary>
    /// What a run of events does to "logged", worked out once so the fixed point does not read the
    /// messages again: true when it ends logged, false when it ends undone, null when it leaves it as it was.
    /// </summary>
    private static bool? Effect(IEnumerable<FlowEvent> events, RelocationRequirement required)
    {
        bool? effect = null;
        foreach (var flowEvent in events)
        {
            effect = Transfer(effect, flowEvent, required);
        }

        return effect;
    }

    private static bool? Transfer(bool? logged, FlowEvent flowEvent, RelocationRequirement required) => flowEvent.Kind switch
    {
        FlowEventKind.Message when required.IsPrintedBy(flowEvent.Message!) => true,
        FlowEventKind.Write when required.IsUndoneBy(flowEvent.Written!) => false,
        _ => logged,
    };
}
