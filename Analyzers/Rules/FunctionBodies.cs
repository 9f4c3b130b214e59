using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace FirmwareGuard.Rules;

/// <summary>
/// The function whose own control flow the flow rules (FG0103, FG0104) follow a call through: the
/// innermost local function or lambda around it, else the method, constructor or accessor body. A
/// local function or lambda runs when it is called, not where it is written, so it has a flow of its own.
/// </summary>
internal static class FunctionBodies
{
    /// <summary>The function around the operation, or null for one outside any body (a field initializer).</summary>
    public static IOperation? Of(IOperation operation)
    {
        for (var node = operation.Parent; node is not null; node = node.Parent)
        {
            if (node.Kind is OperationKind.LocalFunction or OperationKind.AnonymousFunction)
            {
                return node;
            }

            if (node.Parent is null)
            {
                return node.Kind is OperationKind.MethodBody or OperationKind.ConstructorBody or OperationKind.Block ? node : null;
            }
        }

        return null;
    }

    /// <summary>The name a diagnostic gives the function: a local function's own, else the member's.</summary>
    public static string NameOf(IOperation function, ISymbol containingSymbol) =>
        function is ILocalFunctionOperation local ? local.Symbol.Name : containingSymbol.Name;

    /// <summary>The function's graph, found from the graph of the member it is written in.</summary>
    public static ControlFlowGraph? GraphOf(IOperation function, ControlFlowGraph memberGraph)
    {
        if (function is not (ILocalFunctionOperation or IAnonymousFunctionOperation))
        {
            return memberGraph;
        }

        if (Of(function) is not { } outer || GraphOf(outer, memberGraph) is not { } outerGraph)
        {
            return null;
        }

        if (function is ILocalFunctionOperation local)
        {
            return outerGraph.LocalFunctions.Contains(local.Symbol) ? outerGraph.GetLocalFunctionControlFlowGraph(local.Symbol) : null;
        }

        var lambda = ((IAnonymousFunctionOperation)function).Symbol;
        foreach (var block in outerGraph.Blocks)
        {
            foreach (var operation in block.Operations)
            {
                if (FlowLambda(operation, lambda) is { } flowLambda)
                {
                    return outerGraph.GetAnonymousFunctionControlFlowGraph(flowLambda);
                }
            }

            if (block.BranchValue is { } branchValue && FlowLambda(branchValue, lambda) is { } inBranch)
            {
                return outerGraph.GetAnonymousFunctionControlFlowGraph(inBranch);
            }
        }

        return null;
    }

    private static IFlowAnonymousFunctionOperation? FlowLambda(IOperation root, IMethodSymbol lambda)
    {
        foreach (var operation in root.DescendantsAndSelf())
        {
            if (operation is IFlowAnonymousFunctionOperation flowLambda && SymbolEqualityComparer.Default.Equals(flowLambda.Symbol, lambda))
            {
                return flowLambda;
            }
        }

        return null;
    }
}
