using FirmwareGuard.Calls;
using FirmwareGuard.Catalog;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FirmwareGuard.Rules;

/// <summary>
/// FG0003: a directive that reads a slot, where C would give it an argument the call does not pass.
/// A directive the printer reads nothing for lacks nothing: it is FG0002's, and its argument, if any, FG0004's.
/// </summary>
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
            if (directive.SlotsRead == 0 || directive.ValueArgument < call.Arguments.Length)
            {
                continue;
            }

            ShimCallReport.Report(
                context,
                call,
                Descriptors.MissingArgument,
                call.Locate(directive),
                null,
                directive.Index,
                null,
                Wording.Format(directive.Text),
                Wording.Count(format.IntendedArgumentCount, "argument"),
                call.Arguments.Length.ToString(System.Globalization.CultureInfo.InvariantCulture),
                call.Dialect.Name,
                SlotReading.Describe(call, directive));
        }
    }
}
