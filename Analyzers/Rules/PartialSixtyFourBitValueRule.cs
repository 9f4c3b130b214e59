using FirmwareGuard.Calls;
using FirmwareGuard.Catalog;
using FirmwareGuard.Logging;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FirmwareGuard.Rules;

/// <summary>FG0101: the lower half of a 64-bit value printed without its upper half in the same call.</summary>
internal static class PartialSixtyFourBitValueRule
{
    public static void Analyze(in OperationAnalysisContext context, ShimCall call)
    {
        if (!call.ArgumentsKnown)
        {
            return;
        }

        foreach (var argument in call.Arguments)
        {
            if (WordHalf.Of(argument.Value) is not { Half: Half.Lower } lower || HasUpperHalf(call, lower))
            {
                continue;
            }

            var directive = call.Format is { } format ? DirectiveOf(format, argument) : null;
            ShimCallReport.Report(
                context,
                Descriptors.PartialSixtyFourBitValue,
                argument.Location,
                directive is null ? null : call.Locate(directive),
                directive?.Index,
                argument.Index,
                Wording.Code(argument),
                Wording.Code(lower.Value.Syntax.ToString()));
        }
    }

    private static bool HasUpperHalf(ShimCall call, WordHalf lower)
    {
        foreach (var other in call.Arguments)
        {
            if (WordHalf.Of(other.Value) is { Half: Half.Upper } upper && ValueIdentity.SameValue(upper.Value, lower.Value))
            {
                return true;
            }
        }

        return false;
    }

    private static Dialects.PlacedDirective? DirectiveOf(Dialects.FormatAnalysis format, ShimArgument argument)
    {
        foreach (var directive in format.Directives)
        {
            if (directive.ValueArgument == argument.Index)
            {
                return directive;
            }
        }

        return null;
    }
}
