using System.Collections.Immutable;
using FirmwareGuard.Calls;
using FirmwareGuard.Catalog;
using FirmwareGuard.FirmwareLog;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace FirmwareGuard.Rules;

/// <summary>FG0101: the lower half of a 64-bit value printed without its upper half in the same call.</summary>
internal static class PartialSixtyFourBitValueRule
{
    public static void Analyze(in OperationAnalysisContext context, ShimCall call)
    {
        if (!call.ArgumentsKnown || HalvesOf(call.Arguments) is not { } halves)
        {
            return;
        }

        for (var index = 0; index < halves.Length; index++)
        {
            if (halves[index] is not { Half: Half.Lower } lower || HasUpperHalf(call.Arguments, halves, index))
            {
                continue;
            }

            var argument = call.Arguments[index];
            var directive = call.Format is { } format ? DirectiveOf(format, argument) : null;
            ShimCallReport.Report(
                context,
                call,
                Descriptors.PartialSixtyFourBitValue,
                argument.Location,
                directive is null ? null : call.Locate(directive),
                directive?.Index,
                argument.Index,
                Wording.Code(argument),
                Wording.Code(lower.Value.Syntax.ToString()));
        }
    }

    /// <summary>The half each argument prints, worked out once per argument; null when no argument prints one.</summary>
    private static WordHalf?[]? HalvesOf(ImmutableArray<ShimArgument> arguments)
    {
        WordHalf?[]? halves = null;
        for (var index = 0; index < arguments.Length; index++)
        {
            if (WordHalf.Of(arguments[index].Value) is { } half)
            {
                halves ??= new WordHalf?[arguments.Length];
                halves[index] = half;
            }
        }

        return halves;
    }

    private static bool HasUpperHalf(ImmutableArray<ShimArgument> arguments, WordHalf?[] halves, int lowerIndex)
    {
        var lower = halves[lowerIndex]!.Value;
        for (var index = 0; index < halves.Length; index++)
        {
            if (halves[index] is { Half: Half.Upper } upper
                && ValueIdentity.SameValue(upper.Value, lower.Value)
                && !WrittenBetween(arguments, index, lowerIndex, lower.Value))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether an argument evaluated between the two halves writes something the value reads (<c>a[i] &gt;&gt; 32, i++, a[i]</c>).</summary>
    private static bool WrittenBetween(ImmutableArray<ShimArgument> arguments, int first, int second, IOperation value)
    {
        for (var index = System.Math.Min(first, second) + 1; index < System.Math.Max(first, second); index++)
        {
            foreach (var operation in arguments[index].Value.DescendantsAndSelf())
            {
                if (Writes.WrittenBy(operation) is { } written && ValueIdentity.Reads(value, written))
                {
                    return true;
                }
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
