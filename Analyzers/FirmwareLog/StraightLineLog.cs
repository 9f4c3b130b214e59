using System.Collections.Immutable;
using FirmwareGuard.Calls;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace FirmwareGuard.FirmwareLog;

/// <summary>
/// FG0103 without a control-flow graph, for the common shape: the message that logs a <c>[MustLog]</c>
/// call is an earlier statement of the same block, and nothing between the two writes the call's
/// values, jumps away or can be jumped to. Every path to the call then passes that message. The
/// search is sound but not complete: when it finds no such message, the graph decides.
/// </summary>
internal static class StraightLineLog
{
    public static bool Precedes(IInvocationOperation call, RelocationRequirement required, FirmwareGuardContext firmwareGuard)
    {
        if (StatementOf(call) is not { } statement
            || StatementsAround(statement) is not { } statements
            || WritesAny(statement, required, before: call.Syntax.FullSpan.Start))
        {
            return false;
        }

        for (var i = statements.IndexOf(statement) - 1; i >= 0; i--)
        {
            var earlier = statements[i];
            if (CanJump(earlier) || WritesAny(earlier, required, before: EndOfFile))
            {
                return false;
            }

            if (earlier is IExpressionStatementOperation { Operation: IInvocationOperation invocation }
                && Messages.AsMessage(invocation, firmwareGuard) is { } message
                && required.IsPrintedBy(message))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The statement of a block (or switch section) the call is in, when reaching the call means
    /// entering that statement from its start once: no loop, label, lambda or local function in between.
    /// </summary>
    private static IOperation? StatementOf(IInvocationOperation call)
    {
        for (IOperation current = call; current.Parent is { } parent; current = parent)
        {
            switch (parent.Kind)
            {
                case OperationKind.Block or OperationKind.SwitchCase:
                    return current;
                case OperationKind.Loop or OperationKind.Labeled or OperationKind.AnonymousFunction or OperationKind.LocalFunction:
                    return null;
            }
        }

        return null;
    }

    private static ImmutableArray<IOperation>? StatementsAround(IOperation statement) => statement.Parent switch
    {
        IBlockOperation block => block.Operations,
        ISwitchCaseOperation section => section.Body,
        _ => null,
    };

    /// <summary>A statement that control can enter in the middle of the block, or leave it by.</summary>
    private static bool CanJump(IOperation statement) => statement.Kind switch
    {
        OperationKind.Labeled or OperationKind.Branch or OperationKind.Return or OperationKind.YieldReturn or OperationKind.YieldBreak or OperationKind.Throw => true,
        OperationKind.ExpressionStatement => ((IExpressionStatementOperation)statement).Operation.Kind == OperationKind.Throw,
        _ => false,
    };

    /// <summary>A position after every node: a whole earlier statement is read without looking at its syntax.</summary>
    private const int EndOfFile = int.MaxValue;

    /// <summary>
    /// Whether the operation, or one inside it that starts before the source position
    /// <paramref name="before"/>, undoes the message. Nodes are compared by their full span's start,
    /// which orders them as their first tokens do and, unlike the span's start, needs no walk down to the first token.
    /// </summary>
    private static bool WritesAny(IOperation operation, RelocationRequirement required, int before)
    {
        if (before != EndOfFile && operation.Syntax.FullSpan.Start >= before)
        {
            return false;
        }

        if (Writes.WrittenBy(operation) is { } written && required.IsUndoneBy(written))
        {
            return true;
        }

        foreach (var child in operation.ChildOperations)
        {
            if (WritesAny(child, required, before))
            {
                return true;
            }
        }

        return false;
    }
}
