using FirmwareGuard.Calls;
using FirmwareGuard.Shims;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace FirmwareGuard.FirmwareLog;

/// <summary>
/// What the message rules need to know about a call: whether it is a console message (a call to a
/// shim that prints — one that returns its text or writes into a buffer does not), whether it leaves
/// its line open (<see cref="LineEffect"/>), and what marks a <c>[MustLog]</c> member.
/// </summary>
internal static class Messages
{
    /// <summary>The call as a console message, or null.</summary>
    public static ShimCall? AsMessage(IInvocationOperation invocation, FirmwareGuardContext firmwareGuard) =>
        ReturnsItsText(invocation.TargetMethod) ? null : firmwareGuard.ReadCall(invocation) is { } call && !WritesIntoBuffer(call.Shim) ? call : null;

    public static bool IsMessage(ShimCall call) => !ReturnsItsText(call.Invocation.TargetMethod) && !WritesIntoBuffer(call.Shim);

    /// <summary>A shim that returns its text (an <c>sprintf</c> returning a string) prints nothing.</summary>
    private static bool ReturnsItsText(IMethodSymbol shim) => shim.ReturnType.SpecialType == SpecialType.System_String;

    /// <summary>
    /// A shim with a buffer-like parameter before its format — an array, a span, a pointer or a
    /// <c>StringBuilder</c>, as in an <c>snprintf</c> port <c>Snprintf(char[] buf, int size, string format, ...)</c> —
    /// writes into its caller's buffer, not to the console.
    /// </summary>
    public static bool WritesIntoBuffer(Shim shim)
    {
        if (shim.FormatOrdinal == 0)
        {
            return false;
        }

        var parameters = shim.Method.Parameters;
        for (var ordinal = 0; ordinal < shim.FormatOrdinal && ordinal < parameters.Length; ordinal++)
        {
            if (IsBufferLike(parameters[ordinal].Type))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsBufferLike(ITypeSymbol type) =>
        type.TypeKind is TypeKind.Array or TypeKind.Pointer
        || type is INamedTypeSymbol { Name: "Span" or "StringBuilder", ContainingNamespace: { } ns } && ns.ToDisplayString() is "System" or "System.Text";

    /// <summary>A constant format whose printed text ends with text after its last newline.</summary>
    public static bool LeavesLineOpen(ShimCall call) => call.Format is { } format && !EndsInNewlineOfItsOwn(format) && LineEffect.Of(call).Ending == LineEnding.Open;

    /// <summary>The common case, settled without reading the arguments: literal text ending in a newline ends the message.</summary>
    private static bool EndsInNewlineOfItsOwn(Dialects.FormatAnalysis format)
    {
        var text = format.Parsed.Text;
        var directives = format.Parsed.Directives;
        return text.Length > 0 && text[text.Length - 1] == '\n' && (directives.IsEmpty || directives[directives.Length - 1].End < text.Length);
    }
}
