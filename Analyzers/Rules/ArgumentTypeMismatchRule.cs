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
                call,
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
                    call,
                    Descriptors.ArgumentTypeMismatch,
                    extra.Location,
                    null,
                    null,
                    extra.Index,
                    Wording.Code(extra),
                    Wording.TypeOf(extra),
                    $"the printer's {call.Dialect.SlotBits}-bit argument slots",
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
                if (dialect.SlotBytes == 8)
                {
                    return $"{dialect.Name}'s printf has no floating-point conversion; the directive {ReadsRawBits(spec, "its")}";
                }

                return spec.SlotsRead == 2
                    ? $"{dialect.Name}'s printf has no floating-point conversion; the directive prints the value's raw 64 bits as an integer"
                    : $"{dialect.Name}'s printf has no floating-point conversion; the value fills two 32-bit slots, the directive {ReadsRawBits(spec, "the low half of its")} and later directives read one slot late";
            case ArgumentClass.Other:
                return dialect.PointerArguments
                    ? $"only integers, char, bool, enums, strings, arrays, pointers, Guid and DateTime have a C counterpart, so there is no telling what {dialect.Name}'s printf reads"
                    : $"only integers, char, bool, enums and strings have a 32-bit C counterpart, so there is no telling what {dialect.Name}'s printf reads";
        }

        return spec.Kind switch
        {
            ConversionKind.String or ConversionKind.NarrowString => TextProblem(spec.Kind, argument, dialect),
            ConversionKind.Guid => ThroughPointerProblem(argument, dialect, ArgumentClass.Guid, "a GUID", "<null guid>"),
            ConversionKind.Time => ThroughPointerProblem(argument, dialect, ArgumentClass.Time, "a date and time", "<null time>"),
            _ => NumberProblem(spec, argument, call),
        };
    }

    private static string? TextProblem(ConversionKind kind, ShimArgument argument, Dialect dialect)
    {
        var narrow = kind == ConversionKind.NarrowString;
        return argument.Class switch
        {
            ArgumentClass.String or ArgumentClass.WideText when !narrow => null,
            ArgumentClass.NarrowText when narrow => null,
            ArgumentClass.Null when dialect.PointerArguments => $"{dialect.Name}'s printf prints '<null string>' for the null pointer",
            ArgumentClass.Null => $"{dialect.Name}'s printf does not check for NULL and faults dereferencing it",
            ArgumentClass.String or ArgumentClass.WideText => $"{dialect.Name}'s printf reads the UTF-16 text as narrow characters and stops at the first zero byte: ASCII text prints only its first character",
            ArgumentClass.NarrowText => $"{dialect.Name}'s printf reads the narrow text as UTF-16 and prints every other byte (\"narrow\" prints \"nro\")",
            ArgumentClass.Integer32 or ArgumentClass.Integer64 => $"{dialect.Name}'s printf reads the number as a string pointer and dereferences it",
            _ => $"{dialect.Name}'s printf reads what the pointer points at as {(narrow ? "narrow" : "UTF-16")} text",
        };
    }

    private static string? ThroughPointerProblem(ShimArgument argument, Dialect dialect, ArgumentClass fitting, string what, string nullText) => argument.Class switch
    {
        _ when argument.Class == fitting || argument.Class == ArgumentClass.Pointer => null,
        ArgumentClass.Null => $"{dialect.Name}'s printf prints '{nullText}' for the null pointer",
        ArgumentClass.Integer32 or ArgumentClass.Integer64 => $"{dialect.Name}'s printf reads the number as a pointer to {what} and dereferences it",
        _ => $"{dialect.Name}'s printf reads what the argument points at as {what}",
    };

    private static string? NumberProblem(ConversionSpec spec, ShimArgument argument, ShimCall call)
    {
        var dialect = call.Dialect;
        if (spec.SlotsRead == 2)
        {
            return argument.Class switch
            {
                ArgumentClass.Integer64 => null,
                ArgumentClass.Integer32 => $"{dialect.Name}'s printf reads two slots for it, so {SlotReading.InSlot(call, argument.FirstSlot + 1)} becomes its upper half",
                _ => $"{dialect.Name}'s printf reads the pointer and {SlotReading.InSlot(call, argument.FirstSlot + 1)} as one 64-bit number",
            };
        }

        if (argument.Class == ArgumentClass.Integer32 && dialect.SlotBytes == 8 && dialect.BitsRead(spec) == 64)
        {
            return $"{dialect.Name}'s printf reads all 64 bits of its slot, and a 32-bit value leaves the upper half undefined";
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

        if (spec.Kind == ConversionKind.Pointer)
        {
            return argument.Class == ArgumentClass.String ? $"{dialect.Name}'s printf prints the string's address, not its text" : null;
        }

        var what = argument.Class == ArgumentClass.String ? "the string's address" : "the address";
        return spec.Kind switch
        {
            ConversionKind.Character => $"{dialect.Name}'s printf prints the low byte of {what} as a character",
            ConversionKind.Status => $"{dialect.Name}'s printf prints {what} as a status code",
            _ => $"{dialect.Name}'s printf prints {what} as a number",
        };
    }

    private static string ReadsRawBits(ConversionSpec spec, string bits) =>
        spec.DereferencesItsArgument
            ? $"dereferences {bits} bits as a {(spec.Kind is ConversionKind.String or ConversionKind.NarrowString ? "string " : string.Empty)}pointer"
            : $"prints {bits} bits";
}
