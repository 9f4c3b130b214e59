using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis.FlowAnalysis;

namespace FirmwareGuard.FirmwareLog;

/// <summary>
/// The blocks each block of a graph can go to next on a normal path. A branch that leaves a
/// <c>try</c> runs its <c>finally</c> blocks first, so it leads to the first of them, and the end of a
/// <c>finally</c> leads to wherever the branches that ran it were going (the next <c>finally</c> out, or
/// their destination). A throw leads nowhere, and a branch on a constant (<c>while (true)</c>) goes
/// only the way the constant sends it. Exceptions thrown by calls inside a <c>try</c> are not paths.
/// </summary>
internal static class FlowSuccessors
{
    /// <summary>Indexed by <see cref="BasicBlock.Ordinal"/>.</summary>
    public static ImmutableArray<ImmutableArray<BasicBlock>> Of(ControlFlowGraph graph)
    {
        var blocks = graph.Blocks;
        var afterFinally = new Dictionary<ControlFlowRegion, List<BasicBlock>>();
        var successors = new List<BasicBlock>[blocks.Length];
        foreach (var block in blocks)
        {
            successors[block.Ordinal] = new List<BasicBlock>();
            foreach (var branch in TakenBranches(block))
            {
                if (branch.FinallyRegions.IsEmpty)
                {
                    if (branch.Destination is { } destination)
                    {
                        successors[block.Ordinal].Add(destination);
                    }

                    continue;
                }

                successors[block.Ordinal].Add(blocks[branch.FinallyRegions[0].FirstBlockOrdinal]);
                for (var i = 0; i < branch.FinallyRegions.Length; i++)
                {
                    var next = i + 1 < branch.FinallyRegions.Length ? blocks[branch.FinallyRegions[i + 1].FirstBlockOrdinal] : branch.Destination;
                    if (next is not null)
                    {
                        AddDistinct(afterFinally, branch.FinallyRegions[i], next);
                    }
                }
            }
        }

        foreach (var block in blocks)
        {
            if (FinallyEndedBy(block) is { } region && afterFinally.TryGetValue(region, out var continuations))
            {
                successors[block.Ordinal].AddRange(continuations);
            }
        }

        return successors.Select(list => list.ToImmutableArray()).ToImmutableArray();
    }

    private static IEnumerable<ControlFlowBranch> TakenBranches(BasicBlock block)
    {
        var constant = block.BranchValue?.ConstantValue is { HasValue: true, Value: bool value } ? value : (bool?)null;
        var conditionalTaken = constant is null || (block.ConditionKind == ControlFlowConditionKind.WhenTrue) == constant.Value;
        if (conditionalTaken && block.ConditionalSuccessor is { } conditional)
        {
            yield return conditional;
        }

        var fallThroughTaken = constant is null || !conditionalTaken || block.ConditionalSuccessor is null;
        if (fallThroughTaken && block.FallThroughSuccessor is { } fallThrough)
        {
            yield return fallThrough;
        }
    }

    /// <summary>The <c>finally</c> region the block is the last block of, or null.</summary>
    private static ControlFlowRegion? FinallyEndedBy(BasicBlock block)
    {
        if (block.FallThroughSuccessor?.Semantics != ControlFlowBranchSemantics.StructuredExceptionHandling)
        {
            return null;
        }

        for (var region = block.EnclosingRegion; region is not null; region = region.EnclosingRegion)
        {
            if (region.Kind == ControlFlowRegionKind.Finally)
            {
                return region.LastBlockOrdinal == block.Ordinal ? region : null;
            }
        }

        return null;
    }

    private static void AddDistinct(Dictionary<ControlFlowRegion, List<BasicBlock>> afterFinally, ControlFlowRegion region, BasicBlock next)
    {
        if (!afterFinally.TryGetValue(region, out var list))
        {
            afterFinally[region] = list = new List<BasicBlock>();
        }

        if (!list.Contains(next))
        {
            list.Add(next);
        }
    }
}
