using System.Collections.Generic;
using FirmwareGuard.Calls;
using FirmwareGuard.Catalog;
using FirmwareGuard.Dialects;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FirmwareGuard.Rules;

/// <summary>
/// FG0001: a 64-bit integer the printer does not read whole. On 32-bit slots: some directive reads one
/// of its slots or a later one. On 64-bit slots: its own directive reads only 32 bits of it.
/// </summary>
internal static class SixtyFourBitArgumentRule
{
    private const int MaximumListed = 3;

    public static void Analyze(in OperationAnalysisContext context, ShimCall call)
    {
        if (call.Format is not { } format || !call.ArgumentsKnown)
        {
            return;
        }

        foreach (var argument in call.Arguments)
        {
            if (argument.Class != ArgumentClass.Integer64 || argument.Index >= format.IntendedArgumentCount)
            {
                continue;
            }

            var own = OwnDirective(format, argument);
            var wholeSlots = call.Dialect.SlotBytes == 8;
            if (own is not null && call.ReadsItsOwnArgument(own) && !(wholeSlots && ReadsOnlyTheLowHalf(call.Dialect, own)))
            {
                continue;
            }

            var consequences = wholeSlots ? Truncation(call.Dialect, own) : Consequences(call, format, argument, own);
            if (consequences.Count == 0)
            {
                continue;
            }

            ShimCallReport.Report(
                context,
                call,
                Descriptors.SixtyFourBitArgument,
                argument.Location,
                own is null ? null : call.Locate(own),
                own?.Index,
                argument.Index,
                Wording.Code(argument),
                Wording.TypeOf(argument),
                wholeSlots ? "fills one 64-bit slot" : "takes two 32-bit slots",
                call.Dialect.Name,
                string.Join(", ", consequences));
        }
    }

    private static PlacedDirective? OwnDirective(FormatAnalysis format, ShimArgument argument)
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

    private static bool ReadsOnlyTheLowHalf(Dialect dialect, PlacedDirective directive) =>
        directive.Behavior.Spec is { } spec && PrintsItsValue(spec) && dialect.BitsRead(spec) < 64;

    /// <summary>Prints the number it reads: an integer, a status code or a pointer's value.</summary>
    private static bool PrintsItsValue(ConversionSpec spec) =>
        spec.IsInteger || spec.Kind is ConversionKind.Status or ConversionKind.Pointer;

    /// <summary>On 64-bit slots: what the value's own directive prints of it.</summary>
    private static List<string> Truncation(Dialect dialect, PlacedDirective? own) =>
        own is not null && ReadsOnlyTheLowHalf(dialect, own)
            ? new List<string> { $"{Wording.Format(own.Text)} prints only its low 32 bits" }
            : new List<string>();

    /// <summary>What each directive that reads this argument's slots, or later ones, will print instead.</summary>
    private static List<string> Consequences(ShimCall call, FormatAnalysis format, ShimArgument argument, PlacedDirective? own)
    {
        var consequences = new List<string>();
        var wrong = 0;
        foreach (var directive in format.Directives)
        {
            if (directive.SlotsRead == 0
                || directive.FirstSlot + directive.SlotsRead <= argument.FirstSlot
                || call.ReadsItsOwnArgument(directive)
                || (directive == own && directive.Behavior.Spec is { } ownSpec && !PrintsItsValue(ownSpec)))
            {
                continue;
            }

            wrong++;
            if (consequences.Count < MaximumListed)
            {
                consequences.Add(Describe(call, directive, argument, own));
            }
        }

        if (wrong > consequences.Count)
        {
            var more = wrong - consequences.Count;
            consequences.Add($"and {Wording.Count(more, "more directive")} {(more == 1 ? "reads" : "read")} the wrong slot");
        }

        return consequences;
    }

    private static string Describe(ShimCall call, PlacedDirective directive, ShimArgument wide, PlacedDirective? own)
    {
        var text = Wording.Format(directive.Text);
        if (directive == own && directive.FirstSlot == wide.FirstSlot)
        {
            return $"{text} prints only its lower half";
        }

        var intended = call.ValueArgumentOf(directive) is { } meant ? $"{text} ({Wording.Code(meant)})" : text;
        return $"{intended} {SlotReading.Describe(call, directive)}";
    }
}
