using System.Collections.Immutable;
using FirmwareGuard.Calls;
using FirmwareGuard.Catalog;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace FirmwareGuard.Rules;

/// <summary>
/// Reads every call to a printf shim once and hands it to each rule that looks at one call:
/// the format-correctness rules FG0001–FG0008 and the message rules FG0101–FG0102. Any other
/// invocation costs one check of the callee's shape.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ShimCallAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.SixtyFourBitArgument,
        Descriptors.UnsupportedDirective,
        Descriptors.MissingArgument,
        Descriptors.ExtraArgument,
        Descriptors.ArgumentTypeMismatch,
        Descriptors.MalformedFormat,
        Descriptors.NonConstantFormat,
        Descriptors.ArgumentsInArray,
        Descriptors.PartialSixtyFourBitValue,
        Descriptors.UnidentifiedBarMessage);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var firmwareGuard = FirmwareGuardContext.Create(start.Compilation, start.Options);
            start.RegisterOperationAction(operation => AnalyzeInvocation(operation, firmwareGuard), OperationKind.Invocation);
        });
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context, FirmwareGuardContext firmwareGuard)
    {
        var call = firmwareGuard.ReadCall((IInvocationOperation)context.Operation);
        if (call is null || firmwareGuard.IsInsideShim(context.ContainingSymbol, context.Operation.Syntax.SyntaxTree))
        {
            return;
        }

        SixtyFourBitArgumentRule.Analyze(context, call);
        UnsupportedDirectiveRule.Analyze(context, call);
        MissingArgumentRule.Analyze(context, call);
        ExtraArgumentRule.Analyze(context, call);
        ArgumentTypeMismatchRule.Analyze(context, call);
        MalformedFormatRule.Analyze(context, call);
        NonConstantFormatRule.Analyze(context, call);
        ArgumentsInArrayRule.Analyze(context, call);
        PartialSixtyFourBitValueRule.Analyze(context, call);
        UnidentifiedBarMessageRule.Analyze(context, call, firmwareGuard);
    }
}
