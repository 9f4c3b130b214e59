using FirmwareGuard.Calls;
using FirmwareGuard.Catalog;
using FirmwareGuard.Dialects;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FirmwareGuard.Rules;

/// <summary>
/// FG0004: an argument no directive reads — one past those C's printf takes, or, where the call passes
/// too few arguments for a directive the printer reads nothing for (<c>"%*d", v</c> on hvmloader), one
/// that C would give that directive and no other directive reads. (When a directive the printer reads
/// nothing for has all its arguments, FG0002 says that it consumes none: one diagnostic per fault.)
/// </summary>
internal static class ExtraArgumentRule
{
    public static void Analyze(in OperationAnalysisContext context, ShimCall call)
    {
        if (call.Format is not { } format
            || !call.ArgumentsKnown
            || (call.Arguments.Length <= format.IntendedArgumentCount && !format.ReadsNothingForAnArgument))
        {
            return;
        }

        foreach (var argument in call.Arguments)
        {
            var reader = ReaderOf(format, argument);
            string effect;
            if (argument.Index >= format.IntendedArgumentCount)
            {
                effect = reader is null ? "never reads it" : $"reads it for {Wording.Format(reader.Text)}";
            }
            else if (reader is null && OwnDirective(format, argument) is { SlotsRead: 0 } unread && unread.ValueArgument >= call.Arguments.Length)
            {
                effect = $"never reads it, because it reads nothing for {Wording.Format(unread.Text)}";
            }
            else
            {
                continue;
            }

            ShimCallReport.Report(
                context,
                call,
                Descriptors.ExtraArgument,
                argument.Location,
                null,
                null,
                argument.Index,
                Wording.Code(argument),
                Wording.Count(format.IntendedArgumentCount, "argument"),
                call.Arguments.Length.ToString(System.Globalization.CultureInfo.InvariantCulture),
                call.Dialect.Name,
                effect);
        }
    }

    /// <summary>The directive that reads one of the argument's slots, if any.</summary>
    private static PlacedDirective? ReaderOf(FormatAnalysis format, ShimArgument argument)
    {
        foreach (var directive in format.Directives)
        {
            if (directive.SlotsRead > 0
                && directive.FirstSlot < argument.FirstSlot + argument.Slots
                && argument.FirstSlot < directive.FirstSlot + directive.SlotsRead)
            {
                return directive;
            }
        }

        return null;
    }

    /// <summary>The directive C's printf gives the argument to (its value, width or precision).</summary>
    private static PlacedDirective? OwnDirective(FormatAnalysis format, ShimArgument argument)
    {
        foreach (var directive in format.Directives)
        {
            if (argument.Index >= directive.FirstArgument && argument.Index < directive.FirstArgument + directive.Behavior.IntendedArgumentCount)
            {
                return directive;
            }
        }

        return null;
    }
}
