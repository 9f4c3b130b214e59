using System;
using System.Collections.Concurrent;
using FirmwareGuard.Calls;
using FirmwareGuard.FirmwareLog;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FirmwareGuard.Rules;

/// <summary>
/// The message flows of a compilation's method bodies, local functions and lambdas, each built when a call first needs it and held
/// weakly: the driver analyses a body's calls one after another, so the flow is almost always still
/// there for the next of them, while the flows of bodies already analysed (each with its graph and
/// operation trees) do not all stay alive until the compilation ends. The graph is the driver's, which
/// it builds once per body for every analyzer that asks.
/// </summary>
internal sealed class BodyFlows
{
    private readonly ConcurrentDictionary<SyntaxNode, WeakReference<MessageFlow>> flows = new();
    private readonly FirmwareGuardContext firmwareGuard;

    public BodyFlows(FirmwareGuardContext firmwareGuard)
    {
        this.firmwareGuard = firmwareGuard;
    }

    /// <summary>The flow of a function (<see cref="FunctionBodies"/>), or null when no graph can be had for it.</summary>
    public MessageFlow? Of(in OperationAnalysisContext context, IOperation function)
    {
        if (flows.TryGetValue(function.Syntax, out var held) && held.TryGetTarget(out var cached))
        {
            return cached;
        }

        if (function.SemanticModel is not { } model
            || context.GetControlFlowGraph() is not { } memberGraph
            || FunctionBodies.GraphOf(function, memberGraph) is not { } graph)
        {
            return null;
        }

        var flow = MessageFlow.Build(graph, model, firmwareGuard);
        flows[function.Syntax] = new WeakReference<MessageFlow>(flow);
        return flow;
    }
}
