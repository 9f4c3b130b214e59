using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using FirmwareGuard.Calls;
using FirmwareGuard.Catalog;
using FirmwareGuard.Logging;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace FirmwareGuard.Rules;

/// <summary>
/// The rules that follow messages along a method's control flow: FG0103 (a relocation must be logged
/// first) and FG0104 (a message must end its line). The control-flow graph is asked for only for
/// method bodies that call a <c>[MustLog]</c> member or print a message that leaves its line open.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MessageFlowAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.UnloggedRelocation, Descriptors.UnterminatedMessage);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var firmwareGuard = FirmwareGuardContext.Create(start.Compilation, start.Options, start.CancellationToken);
            var flows = new ConcurrentDictionary<SyntaxNode, WeakReference<MessageFlow>>();
            start.RegisterOperationAction(operation => AnalyzeInvocation(operation, firmwareGuard, flows), OperationKind.Invocation);
        });
    }

    /// <summary>
    /// A call that makes its method's control flow worth checking gets the body's graph (shared by the
    /// body's other such calls) and is checked against it; every other call
    /// costs the cheap test in <see cref="Messages.NeedsFlowAnalysis"/>. Each call reports only on
    /// itself, so its diagnostic appears however much of the file the IDE analyses.
    /// </summary>
    private static void AnalyzeInvocation(OperationAnalysisContext context, FirmwareGuardContext firmwareGuard, ConcurrentDictionary<SyntaxNode, WeakReference<MessageFlow>> flows)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (!Messages.NeedsFlowAnalysis(invocation, firmwareGuard))
        {
            return;
        }

        IOperation body = invocation;
        while (body.Parent is { } parent)
        {
            body = parent;
        }

        if (body.Kind is not (OperationKind.MethodBody or OperationKind.ConstructorBody or OperationKind.Block)
            || body.SemanticModel is not { } model
            || firmwareGuard.IsInsideShim(context.ContainingSymbol, body.Syntax.SyntaxTree))
        {
            return;
        }

        if (FlowOf(context, body, model, firmwareGuard, flows) is not { } flow)
        {
            return;
        }

        if (firmwareGuard.IsMustLog(invocation.TargetMethod))
        {
            UnloggedRelocationRule.Analyze(context, flow, body, invocation);
        }

        UnterminatedMessageRule.Analyze(context, flow, invocation);
    }

    /// <summary>
    /// The body's flow, held weakly: the driver analyses a body's calls one after another, so the flow is
    /// almost always still there for the next of them, while the flows of bodies already analysed (each
    /// with its graph and operation trees) do not all stay alive until the compilation ends. The graph
    /// is the driver's, which it builds once per body for every analyzer that asks.
    /// </summary>
    private static MessageFlow? FlowOf(in OperationAnalysisContext context, IOperation body, SemanticModel model, FirmwareGuardContext firmwareGuard, ConcurrentDictionary<SyntaxNode, WeakReference<MessageFlow>> flows)
    {
        if (flows.TryGetValue(body.Syntax, out var held) && held.TryGetTarget(out var cached))
        {
            return cached;
        }

        if (context.GetControlFlowGraph() is not { } graph)
        {
            return null;
        }

        var flow = MessageFlow.Build(graph, model, firmwareGuard);
        flows[body.Syntax] = new WeakReference<MessageFlow>(flow);
        return flow;
    }
}
