using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using FirmwareGuard.Calls;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace FirmwareGuard.FirmwareLog;

/// <summary>
/// A method's control-flow graph with, per basic block, the messages, <c>[MustLog]</c> calls and writes
/// it contains, in evaluation order. Calls are read from the method's own operation tree (the graph's
/// rewritten operations replace arguments with captures), found through the semantic model by syntax.
/// </summary>
internal sealed class MessageFlow
{
    private MessageFlow(
        ControlFlowGraph graph,
        ImmutableArray<ImmutableArray<FlowEvent>> events,
        ImmutableArray<ImmutableArray<BasicBlock>> successors,
        ImmutableArray<ImmutableArray<BasicBlock>> predecessors)
    {
        Graph = graph;
        Events = events;
        Successors = successors;
        Predecessors = predecessors;
    }

    public ControlFlowGraph Graph { get; }

    /// <summary>Indexed by <see cref="BasicBlock.Ordinal"/>.</summary>
    public ImmutableArray<ImmutableArray<FlowEvent>> Events { get; }

    public static MessageFlow Build(ControlFlowGraph graph, SemanticModel model, FirmwareGuardContext firmwareGuard)
    {
        var events = ImmutableArray.CreateBuilder<ImmutableArray<FlowEvent>>(graph.Blocks.Length);
        foreach (var block in graph.Blocks)
        {
            var found = new List<FlowEvent>();
            foreach (var operation in block.Operations)
            {
                Walk(operation, model, firmwareGuard, found);
            }

            if (block.BranchValue is { } branchValue)
            {
                Walk(branchValue, model, firmwareGuard, found);
            }

            events.Add(found.OrderBy(e => e.Syntax.SpanStart).ToImmutableArray());
        }

        var successors = FlowSuccessors.Of(graph);
        var predecessors = graph.Blocks.Select(_ => new List<BasicBlock>()).ToArray();
        foreach (var block in graph.Blocks)
        {
            foreach (var successor in successors[block.Ordinal])
            {
                predecessors[successor.Ordinal].Add(block);
            }
        }

        return new MessageFlow(graph, events.MoveToImmutable(), successors, predecessors.Select(p => p.ToImmutableArray()).ToImmutableArray());
    }

    /// <summary>The blocks that can come right after each block (<see cref="FlowSuccessors"/>); indexed by ordinal.</summary>
    public ImmutableArray<ImmutableArray<BasicBlock>> Successors { get; }

    /// <summary>The blocks that can come right before each block, by <see cref="Successors"/>; indexed by ordinal.</summary>
    public ImmutableArray<ImmutableArray<BasicBlock>> Predecessors { get; }

    public static bool EndsInThrow(BasicBlock block) =>
        block.FallThroughSuccessor?.Semantics is ControlFlowBranchSemantics.Throw or ControlFlowBranchSemantics.Rethrow;

    private static void Walk(IOperation operation, SemanticModel model, FirmwareGuardContext firmwareGuard, List<FlowEvent> found)
    {
        switch (operation)
        {
            case IFlowAnonymousFunctionOperation:
                return;
            case IInvocationOperation invocation:
                var original = model.GetOperation(invocation.Syntax) as IInvocationOperation ?? invocation;
                if (Messages.AsMessage(original, firmwareGuard) is { } message)
                {
                    found.Add(FlowEvent.ForMessage(message));
                }

                if (firmwareGuard.IsMustLog(original.TargetMethod))
                {
                    found.Add(FlowEvent.ForMustLogCall(original));
                }

                break;
            default:
                if (Writes.WrittenBy(operation) is { } written)
                {
                    found.Add(FlowEvent.ForWrite(operation.Syntax, written));
                }

                break;
        }

        foreach (var child in operation.ChildOperations)
        {
            Walk(child, model, firmwareGuard, found);
        }
    }
}
