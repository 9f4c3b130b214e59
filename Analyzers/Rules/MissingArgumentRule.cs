using FirmwareGuard.Calls;
using FirmwareGuard.Catalog;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FirmwareGuard.Rules;

/// <summary>FG0003: a directive C would give an argument that the call does not pass.</summary>
internal static class MissingArgumentRule
{
    public static void Analyze(in OperationAnalysisContext context, ShimCall call)
    {
        if (call.Format is not { } format || !call.ArgumentsKnown || format.IntendedArgumentCount <= call.Arguments.Length)
        {
            return;
        }

        foreach (var directive in format.Directives)
        {
            if (directive.Behavior.IntendedArgumentCount == 0 || directive.ValueArgument < call.Arguments.Length)
            {
                continue;
            }

            ShimCallReport.Report(
                context,
                Descriptors.MissingArgument,
                call.Locate(directive),
                null,
                directive.Index,
                null,
                Wording.Code(directive.Text),
                Wording.Count(format.IntendedArgumentCount, "argument"),
                call.Arguments.Length.ToString(System.Globalization.CultureInfo.InvariantCulture),
                call.Dialect.Name,
                directive.SlotsRead == 0 ? directive.Behavior.Effect : SlotReading.Describe(call, directive));
        }
    }
}
