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

            var problem = Problem(spec, argument, call.Dialect);
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
                Wording.Code(directive.Text),
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
    private static string? Problem(ConversionSpec spec, ShimArgument argument, Dialect dialect)
    {
        switch (argument.Class)
        {
            case ArgumentClass.FloatingPoint:
                return $"no conversion of {dialect.Name}'s printf prints floating point; the value fills two slots and prints as raw bits";
            case ArgumentClass.Other:
                return "the type has no C meaning, so the printer cannot read it";
        }

        if (spec.Kind == ConversionKind.String)
        {
            return argument.Class switch
            {
                ArgumentClass.String => null,
                ArgumentClass.Null => $"{dialect.Name}'s printf does not check for NULL and faults dereferencing it",
                _ => "the printer reads the integer as a string pointer and dereferences it",
            };
        }

        if (spec.SlotsRead == 2)
        {
            return argument.Class switch
            {
                ArgumentClass.Integer64 => null,
                ArgumentClass.Integer32 => "the directive reads two slots, so the next argument becomes its upper half",
                _ => "the directive reads two slots of integer, and the argument is a pointer",
            };
        }

        return argument.Class switch
        {
            ArgumentClass.Integer32 or ArgumentClass.Integer64 => null,
            ArgumentClass.String => "the printer reads the string's address as a number",
            _ => "the printer reads the null pointer as a number",
        };
    }
}
