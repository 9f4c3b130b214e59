using FirmwareGuard.Calls;
using FirmwareGuard.Catalog;
using FirmwareGuard.Shims;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FirmwareGuard.Rules;

/// <summary>FG0008: the variable arguments arrive as an existing array or span.</summary>
internal static class ArgumentsInArrayRule
{
    public static void Analyze(in OperationAnalysisContext context, ShimCall call)
    {
        if (call.ArgumentArray is not { } array)
        {
            return;
        }

        ShimCallReport.Report(
            context,
            call,
            Descriptors.ArgumentsInArray,
            array.Syntax.GetLocation(),
            null,
            null,
            null,
            call.Shim.Shape == VariadicShape.ParamsSpan ? "span" : "array",
            Wording.Code(array.Syntax.ToString()));
    }
}
