using System.Collections.Immutable;
using FirmwareGuard.Calls;
using FirmwareGuard.Catalog;
using FirmwareGuard.FirmwareLog;
using FirmwareGuard.Shims;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace FirmwareGuard.Rules;

/// <summary>
/// Reads every invocation once. A call to a printf shim is read into the call model and handed to
/// each rule that looks at one call — the format-correctness rules FG0001–FG0009 and the message
/// rules FG0101–FG0102 — and, when its message leaves the line open, to FG0104, which follows the
/// control flow of the method, local function or lambda it is in. A call to a <c>[MustLog]</c> member goes to FG0103. Any other invocation
/// costs one lookup of its <see cref="Callee"/>. Whether a call is one a shim's body leaves unchecked
/// is asked only when a rule has something to report on it. A call whose dialect does not exist is
/// noted, with every <c>[PrintfShim]</c> naming one, and reported once the compilation is read (FG0903).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CallAnalyzer : DiagnosticAnalyzer
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
        Descriptors.MessageTooLong,
        Descriptors.PartialSixtyFourBitValue,
        Descriptors.UnidentifiedBarMessage,
        Descriptors.UnloggedRelocation,
        Descriptors.UnterminatedMessage,
        Descriptors.UnknownDialect);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var firmwareGuard = FirmwareGuardContext.Create(start.Compilation, start.Options, start.CancellationToken);
            var flows = new BodyFlows(firmwareGuard);
            var roles = new TreeRoles(start.Options.AnalyzerConfigOptionsProvider);
            start.RegisterOperationAction(operation => AnalyzeInvocation(operation, firmwareGuard, flows, roles), OperationKind.Invocation);
            start.RegisterSyntaxNodeAction(list => UnknownDialectRule.AnalyzeAttributes(list, firmwareGuard), SyntaxKind.AttributeList);
            start.RegisterCompilationEndAction(end => UnknownDialectRule.Report(end, firmwareGuard));
        });
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context, FirmwareGuardContext firmwareGuard, BodyFlows flows, TreeRoles roles)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var callee = firmwareGuard.Callees.Of(invocation.TargetMethod);
        if (callee.IsOrdinary)
        {
            return;
        }

        var call = firmwareGuard.ReadCall(invocation, callee.ShimCandidate);
        if (call is not null)
        {
            AnalyzeShimCall(context, call, flows, roles);
        }
        else if (callee.IsMustLog && FunctionBodies.Of(invocation) is { } function)
        {
            UnloggedRelocationRule.Analyze(context, invocation, callee, function, firmwareGuard, flows);
        }
    }

    private static void AnalyzeShimCall(in OperationAnalysisContext context, ShimCall call, BodyFlows flows, TreeRoles roles)
    {
        SixtyFourBitArgumentRule.Analyze(context, call);
        UnsupportedDirectiveRule.Analyze(context, call);
        MissingArgumentRule.Analyze(context, call);
        ExtraArgumentRule.Analyze(context, call);
        ArgumentTypeMismatchRule.Analyze(context, call);
        MalformedFormatRule.Analyze(context, call);
        NonConstantFormatRule.Analyze(context, call);
        ArgumentsInArrayRule.Analyze(context, call);
        MessageTooLongRule.Analyze(context, call);
        PartialSixtyFourBitValueRule.Analyze(context, call);
        UnidentifiedBarMessageRule.Analyze(context, call, roles);
        if (Messages.LeavesLineOpen(call) && Messages.IsMessage(call)
            && !call.IsUncheckedIn(context.ContainingSymbol)
            && FunctionBodies.Of(call.Invocation) is { } function
            && flows.Of(context, function) is { } flow)
        {
            UnterminatedMessageRule.Analyze(context, flow, call.Invocation, FunctionBodies.NameOf(function, context.ContainingSymbol));
        }
    }
}
