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
/// method bodies that call a <c>[MustLog]</c> member not logged just before, or print a message that
/// leaves its line open.
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
            var flows = new BodyFlows(firmwareGuard);
            start.RegisterOperationAction(operation => AnalyzeInvocation(operation, firmwareGuard, flows), OperationKind.Invocation);
        });
    }

    /// <summary>
    /// A <c>[MustLog]</c> call or a message that leaves its line open is checked against its method's
    /// flow; every other call costs the cheap tests in <see cref="FirmwareGuardContext.IsMustLog"/> and
    /// <see cref="Messages.MayLeaveLineOpen"/>. Each call reports only on itself, so its diagnostic
    /// appears however much of the file the IDE analyses.
    /// </summary>
    private static void AnalyzeInvocation(OperationAnalysisContext context, FirmwareGuardContext firmwareGuard, BodyFlows flows)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var mustLog = firmwareGuard.IsMustLog(invocation.TargetMethod);
        var mayLeaveLineOpen = Messages.MayLeaveLineOpen(invocation, firmwareGuard);
        if (!mustLog && !mayLeaveLineOpen)
        {
            return;
        }

        IOperation body = invocation;
        while (body.Parent is { } parent)
        {
            body = parent;
        }

        if (body.Kind is not (OperationKind.MethodBody or OperationKind.ConstructorBody or OperationKind.Block)
            || firmwareGuard.IsInsideShim(context.ContainingSymbol, body.Syntax.SyntaxTree))
        {
            return;
        }

        if (mustLog)
        {
            UnloggedRelocationRule.Analyze(context, invocation, body, firmwareGuard, flows);
        }

        if (mayLeaveLineOpen && flows.Of(context, body) is { } flow)
        {
            UnterminatedMessageRule.Analyze(context, flow, invocation);
        }
    }
}
