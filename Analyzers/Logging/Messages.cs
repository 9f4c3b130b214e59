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

    /// <summary>The call as a console message, or null.</summary>
    public static ShimCall? AsMessage(IInvocationOperation invocation, FirmwareGuardContext firmwareGuard) =>
        PrintsToConsole(invocation.TargetMethod) ? firmwareGuard.ReadCall(invocation) : null;

    public static bool IsMessage(ShimCall call) => PrintsToConsole(call.Invocation.TargetMethod);

    private static bool PrintsToConsole(IMethodSymbol shim) => shim.ReturnType.SpecialType != SpecialType.System_String;

    /// <summary>A constant, non-empty format whose text does not end the line.</summary>
    public static bool LeavesLineOpen(ShimCall call) =>
        call.Format is { } format && format.Parsed.Text.Length > 0 && format.Parsed.Text[format.Parsed.Text.Length - 1] != '\n';

    /// <summary>A message ends the current line unless its format is a constant without a newline.</summary>
    public static bool CompletesLine(ShimCall call) => call.Format is not { } format || format.Parsed.Text.IndexOf('\n') >= 0;
}
