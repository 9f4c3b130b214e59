using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using FirmwareGuard.Calls;
using FirmwareGuard.Catalog;
using FirmwareGuard.FirmwareLog;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace FirmwareGuard.Rules;

/// <summary>
/// FG0104: a message that leaves its line open when, on some path from it to the end of its function,
/// no later message continues and ends that line. A message only continues a line when every path
/// reaches it with a line open; one that can also start a line (hvmloader's "%sRAM in high memory"
/// after the optional WARNING of patch 3/8) is a message of its own, and the open line is joined to
/// it; a message whose newline comes before its text has nothing to be glued to. Two passes over the
/// control-flow graph (normal paths, through <c>finally</c>): a forward one finds the continuations, a
/// backward "must" one finds the open lines no continuation ends. A path that ends in a throw needs no newline.
/// </summary>
internal static class UnterminatedMessageRule
{
    [Flags]
    private enum Line
    {
        None = 0,
        Closed = 1,
        Open = 2,
    }

    /// <summary>The unended messages of each flow, found once for all its messages: a method with many open lines is not walked once per line.</summary>
    private static readonly ConditionalWeakTable<MessageFlow, Dictionary<SyntaxNode, ShimCall>> UnendedByFlow = new();

    private static readonly ConditionalWeakTable<MessageFlow, Dictionary<SyntaxNode, ShimCall>>.CreateValueCallback FindUnended = Unended;

    /// <summary>Checks the message being analysed (and reports only on it, so the diagnostic stays local to it).</summary>
    public static void Analyze(in OperationAnalysisContext context, MessageFlow flow, IInvocationOperation analysed, string functionName)
    {
        if (!UnendedByFlow.GetValue(flow, FindUnended).TryGetValue(analysed.Syntax, out var message))
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.UnterminatedMessage,
            message.FormatValue!.Syntax.GetLocation(),
            Wording.Code(message.FormatValue.Syntax.ToString()),
            Wording.Code(functionName),
            message.Dialect.Console));
    }

    /// <summary>The messages that leave a line open which, on some path, no later message ends; by their call's syntax.</summary>
    private static Dictionary<SyntaxNode, ShimCall> Unended(MessageFlow flow)
    {
        var continuations = Continuations(flow);
        var completedOnExit = CompletedOnExit(flow, continuations);
        var unended = new Dictionary<SyntaxNode, ShimCall>();
        foreach (var block in flow.Graph.Blocks)
        {
            var completed = completedOnExit[block.Ordinal];
            var events = flow.Events[block.Ordinal];
            for (var i = events.Length - 1; i >= 0; i--)
            {
                if (events[i].Message is not { } message)
                {
                    continue;
                }

                if (!completed && events[i].Line.Ending == LineEnding.Open)
                {
                    unended[message.Invocation.Syntax] = message;
                }

                completed |= Ends(events[i], continuations);
            }
        }

        return unended;
    }

    /// <summary>True for a message that continues an open line and ends it.</summary>
    private static bool Ends(FlowEvent message, HashSet<FlowEvent> continuations) =>
        message.Line.MayEndLine && continuations.Contains(message);

    /// <summary>
    /// The messages that continue an open line: those every path reaches with a line open, and those
    /// whose newline comes before any text of their own, wherever some path reaches them with a line open
    /// (a lone <c>"\n"</c> after a loop that printed the pieces; when no line is open it prints an empty one).
    /// </summary>
    private static HashSet<FlowEvent> Continuations(MessageFlow flow)
    {
        var blocks = flow.Graph.Blocks;
        var onExit = new Line[blocks.Length];
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var block in blocks)
            {
                var state = OnEntry(flow, block, onExit);
                foreach (var flowEvent in flow.Events[block.Ordinal])
                {
                    state = After(state, flowEvent);
                }

                if (state != onExit[block.Ordinal])
                {
                    onExit[block.Ordinal] = state;
                    changed = true;
                }
            }
        }

        var continuations = new HashSet<FlowEvent>();
        foreach (var block in blocks)
        {
            var state = OnEntry(flow, block, onExit);
            foreach (var flowEvent in flow.Events[block.Ordinal])
            {
                if (flowEvent.Message is not null
                    && (state == Line.Open || ((state & Line.Open) != 0 && flowEvent.Line.BeginsWithNewline)))
                {
                    continuations.Add(flowEvent);
                }

                state = After(state, flowEvent);
            }
        }

        return continuations;
    }

    /// <summary>The line on entry to a block: none is open at the start of the function or of a <c>catch</c> or filter, which only an exception enters.</summary>
    private static Line OnEntry(MessageFlow flow, BasicBlock block, Line[] onExit) =>
        block.Kind == BasicBlockKind.Entry || StartsAHandler(block)
            ? Line.Closed
            : flow.Predecessors[block.Ordinal].Aggregate(Line.None, (line, p) => line | onExit[p.Ordinal]);

    private static bool StartsAHandler(BasicBlock block)
    {
        for (var region = block.EnclosingRegion; region is not null && region.FirstBlockOrdinal == block.Ordinal; region = region.EnclosingRegion)
        {
            if (region.Kind is ControlFlowRegionKind.Catch or ControlFlowRegionKind.Filter)
            {
                return true;
            }
        }

        return false;
    }

    private static Line After(Line state, FlowEvent flowEvent)
    {
        if (flowEvent.Message is null || state == Line.None)
        {
            return state;
        }

        return flowEvent.Line switch
        {
            { Ending: LineEnding.Open } => Line.Open,
            { MayEndLine: true } => Line.Closed,
            _ => state,
        };
    }

    /// <summary>Whether every path from the end of each block reaches a message that continues and ends the line.</summary>
    private static bool[] CompletedOnExit(MessageFlow flow, HashSet<FlowEvent> continuations)
    {
        var blocks = flow.Graph.Blocks;
        var onEntry = Enumerable.Repeat(true, blocks.Length).ToArray();
        var onExit = Enumerable.Repeat(true, blocks.Length).ToArray();
        for (var changed = true; changed;)
        {
            changed = false;
            for (var ordinal = blocks.Length - 1; ordinal >= 0; ordinal--)
            {
                var block = blocks[ordinal];
                var successors = flow.Successors[ordinal];
                var exit = block.Kind != BasicBlockKind.Exit
                    && (successors.Length > 0 ? successors.All(s => onEntry[s.Ordinal]) : MessageFlow.EndsInThrow(block));
                var entry = exit;
                foreach (var flowEvent in flow.Events[ordinal])
                {
                    entry |= flowEvent.Message is not null && Ends(flowEvent, continuations);
                }

                if (entry != onEntry[ordinal] || exit != onExit[ordinal])
                {
                    onEntry[ordinal] = entry;
                    onExit[ordinal] = exit;
                    changed = true;
                }
            }
        }

        return onExit;
    }
}
