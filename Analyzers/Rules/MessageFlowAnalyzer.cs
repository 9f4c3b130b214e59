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
/// first) and FG0104 (a message must end its line). The control-flow graph is built only for methods
/// that call a <c>[MustLog]</c> member or print a message that leaves its line open.
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
            start.RegisterOperationBlockStartAction(blockStart =>
            {
                if (blockStart.OwningSymbol is not IMethodSymbol method
                    || firmwareGuard.IsInsideShim(method, blockStart.OperationBlocks[0].Syntax.SyntaxTree))
                {
                    return;
                }

                var collector = new MessageFlowCollector(firmwareGuard);
                blockStart.RegisterOperationAction(
                    operation => collector.Add((IInvocationOperation)operation.Operation),
                    OperationKind.Invocation);
                blockStart.RegisterOperationBlockEndAction(blockEnd => AnalyzeBlock(blockEnd, collector));
            });
        });
    }

    private static void AnalyzeBlock(OperationBlockAnalysisContext context, MessageFlowCollector collector)
    {
        if (!collector.HasMustLogCall && !collector.HasOpenMessage)
        {
            return;
        }

        foreach (var block in context.OperationBlocks)
        {
            if (block.Kind is not (OperationKind.Block or OperationKind.MethodBody or OperationKind.ConstructorBody))
            {
                continue;
            }

            var flow = MessageFlow.Build(context.GetControlFlowGraph(block), collector);
            if (collector.HasMustLogCall)
            {
                UnloggedRelocationRule.Analyze(context, flow);
            }

            if (collector.HasOpenMessage)
            {
                UnterminatedMessageRule.Analyze(context, flow);
            }
        }
    }
}
