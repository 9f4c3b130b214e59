using FirmwareGuard.Calls;
using FirmwareGuard.Catalog;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FirmwareGuard.Rules;

/// <summary>FG0007: a format that is not a compile-time constant.</summary>
internal static class NonConstantFormatRule
{
    public static void Analyze(in OperationAnalysisContext context, ShimCall call)
    {
        if (call.Format is not null
            || call.FormatValue is not { } value
            || value.ConstantValue.HasValue
            || value.Kind == OperationKind.Invalid
            || value.Type?.SpecialType != SpecialType.System_String)
        {
            return;
        }

        ShimCallReport.Report(
            context,
            call,
            Descriptors.NonConstantFormat,
            value.Syntax.GetLocation(),
            null,
            null,
            null,
            Wording.Code(value.Syntax.ToString()));
    }
}
