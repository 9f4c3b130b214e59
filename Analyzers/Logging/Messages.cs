using FirmwareGuard.Calls;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace FirmwareGuard.Logging;

/// <summary>
/// What the message rules need to know about a call: whether it is a console message (a call to a
/// shim that prints — one that returns its text, an sprintf, does not), whether it leaves its line
/// open, and whether it calls a <c>[MustLog]</c> member.
/// </summary>
internal static class Messages
{
    public const string MustLogAttributeName = "MustLogAttribute";

    /// <summary>
    /// True for a message whose constant format leaves its line open (FG0104 then follows it along the
    /// method). Cheap: the call is not read beyond its format argument.
    /// </summary>
    public static bool MayLeaveLineOpen(IInvocationOperation invocation, FirmwareGuardContext firmwareGuard)
    {
        var method = invocation.TargetMethod;
        if (!ShimResolver.HasShimShape(method)
            || method.ReturnType.SpecialType == SpecialType.System_String
            || firmwareGuard.Resolver.Resolve(method, firmwareGuard.OptionsFor(invocation.Syntax.SyntaxTree)) is not { } shim)
        {
            return false;
        }

        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Ordinal == shim.FormatOrdinal)
            {
                return argument.Value.ConstantValue.Value is string { Length: > 0 } text && text[text.Length - 1] != '\n';
            }
        }

        return false;
    }

    /// <summary>The call as a console message, or null.</summary>
    public static ShimCall? AsMessage(IInvocationOperation invocation, FirmwareGuardContext firmwareGuard) =>
        invocation.TargetMethod.ReturnType.SpecialType != SpecialType.System_String ? firmwareGuard.ReadCall(invocation) : null;

    /// <summary>A constant, non-empty format whose text does not end the line.</summary>
    public static bool LeavesLineOpen(ShimCall call) =>
        call.Format is { } format && format.Parsed.Text.Length > 0 && format.Parsed.Text[format.Parsed.Text.Length - 1] != '\n';

    /// <summary>A message ends the current line unless its format is a constant without a newline.</summary>
    public static bool CompletesLine(ShimCall call) => call.Format is not { } format || format.Parsed.Text.IndexOf('\n') >= 0;
}
