using FirmwareGuard.Calls;
using FirmwareGuard.Catalog;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FirmwareGuard.Rules;

/// <summary>FG0004: an argument no directive reads.</summary>
internal static class ExtraArgumentRule
{
    public static void Analyze(in OperationAnalysisContext context, ShimCall call)
    {
        if (call.Format is not { } format || !call.ArgumentsKnown)
        {
            return;
        }

        for (var index = format.IntendedArgumentCount; index < call.Arguments.Length; index++)
        {
            var argument = call.Arguments[index];
            ShimCallReport.Report(
                context,
                Descriptors.ExtraArgument,
                argument.Location,
                null,
                null,
                argument.Index,
                Wording.Code(argument),
                Wording.Count(format.IntendedArgumentCount, "argument"),
                call.Arguments.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
