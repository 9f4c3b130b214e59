using FirmwareGuard.Calls;
using FirmwareGuard.Catalog;
using FirmwareGuard.Dialects;
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
                call.Arguments.Length.ToString(System.Globalization.CultureInfo.InvariantCulture),
                call.Dialect.Name,
                WhatThePrinterDoes(format, argument));
        }
    }

    /// <summary>Usually nothing; but a directive that reads two slots for a 32-bit argument reads the next one too.</summary>
    private static string WhatThePrinterDoes(FormatAnalysis format, ShimArgument argument)
    {
        foreach (var directive in format.Directives)
        {
            if (directive.SlotsRead > 0
                && directive.FirstSlot < argument.FirstSlot + argument.Slots
                && argument.FirstSlot < directive.FirstSlot + directive.SlotsRead)
            {
                return $"reads it for {Wording.Code(directive.Text)}";
            }
        }

        return "never reads it";
    }
}
