using FirmwareGuard.Calls;
using FirmwareGuard.Catalog;
using FirmwareGuard.Dialects;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FirmwareGuard.Rules;

/// <summary>FG0005: an argument whose type the directive's conversion cannot read.</summary>
internal static class ArgumentTypeMismatchRule
{
    public static void Analyze(in OperationAnalysisContext context, ShimCall call)
    {
        if (call.Format is not { } format || !call.ArgumentsKnown)
        {
            return;
        }

        foreach (var directive in format.Directives)
        {
            if (directive.Behavior.Spec is not { } spec || call.ValueArgumentOf(directive) is not { } argument)
            {
                continue;
            }

            var problem = Problem(spec, argument, call);
            if (problem is null)
            {
                continue;
            }

            ShimCallReport.Report(
                context,
                Descriptors.ArgumentTypeMismatch,
                argument.Location,
                call.Locate(directive),
                directive.Index,
                argument.Index,
                Wording.Code(argument),
                Wording.TypeOf(argument),
                Wording.Format(directive.Text),
                problem);
        }

        for (var index = format.IntendedArgumentCount; index < call.Arguments.Length; index++)
        {
            var extra = call.Arguments[index];
            if (extra.Class == ArgumentClass.Other)
            {
                ShimCallReport.Report(
                    context,
                    Descriptors.ArgumentTypeMismatch,
                    extra.Location,
                    null,
                    null,
                    extra.Index,
                    Wording.Code(extra),
                    Wording.TypeOf(extra),
                    "the printer's 32-bit argument slots",
                    "the type has no C meaning, so the printer cannot even lay out the arguments, though no directive reads it");
            }
        }
    }

    /// <summary>What the printer does with this argument, or null when it fits (a 64-bit integer read as 32 bits is FG0001's).</summary>
    private static string? Problem(ConversionSpec spec, ShimArgument argument, ShimCall call)
    {
        var dialect = call.Dialect;
        switch (argument.Class)
        {
            case ArgumentClass.FloatingPoint:
                return spec.SlotsRead == 2
                    ? $"{dialect.Name}'s printf has no floating-point conversion; the directive prints the value's raw 64 bits as an integer"
                    : $"{dialect.Name}'s printf has no floating-point conversion; the value fills two 32-bit slots, the directive {ReadsRawBits(spec)} and later directives read one slot late";
            case ArgumentClass.Other:
                return $"only integers, char, bool, enums and strings have a 32-bit C counterpart, so there is no telling what {dialect.Name}'s printf reads";
        }

        if (spec.Kind == ConversionKind.String)
        {
            return argument.Class switch
            {
                ArgumentClass.String => null,
                ArgumentClass.Null => $"{dialect.Name}'s printf does not check for NULL and faults dereferencing it",
                _ => $"{dialect.Name}'s printf reads the number as a string pointer and dereferences it",
            };
        }

        if (spec.SlotsRead == 2)
        {
            return argument.Class switch
            {
                ArgumentClass.Integer64 => null,
                ArgumentClass.Integer32 => $"{dialect.Name}'s printf reads two slots for it, so {SlotReading.InSlot(call, argument.FirstSlot + 1)} becomes its upper half",
                _ => $"{dialect.Name}'s printf reads the pointer and {SlotReading.InSlot(call, argument.FirstSlot + 1)} as one 64-bit number",
            };
        }

        if (argument.Class is ArgumentClass.Integer32 or ArgumentClass.Integer64)
        {
            return null;
        }

        if (argument.Class == ArgumentClass.Null)
        {
            return spec.Kind == ConversionKind.Character
                ? $"{dialect.Name}'s printf prints a NUL character for the null pointer"
                : $"{dialect.Name}'s printf prints the null pointer as 0";
        }

        return spec.Kind switch
        {
            ConversionKind.Character => $"{dialect.Name}'s printf prints the low byte of the string's address as a character",
            ConversionKind.Pointer => $"{dialect.Name}'s printf prints the string's address, not its text",
            _ => $"{dialect.Name}'s printf prints the string's address as a number",
        };
    }

    private static string ReadsRawBits(ConversionSpec spec) =>
        spec.Kind == ConversionKind.String ? "dereferences the low half of its bits as a string pointer" : "prints the low half of its bits";
}
