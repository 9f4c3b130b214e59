using System.Collections.Concurrent;
using FirmwareGuard.Calls;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace FirmwareGuard.Logging;

/// <summary>
/// Gathers, while a method body is analysed, its console messages and <c>[MustLog]</c> calls, so the
/// control-flow graph is built only for the few methods where a message rule has something to check.
/// </summary>
internal sealed class MessageFlowCollector
{
    public const string MustLogAttributeName = "MustLogAttribute";

    private readonly ConcurrentDictionary<SyntaxNode, ShimCall> messages = new();
    private readonly ConcurrentDictionary<SyntaxNode, IInvocationOperation> mustLogCalls = new();

    public bool HasMustLogCall => !mustLogCalls.IsEmpty;

    /// <summary>True when some message leaves its line open.</summary>
    public bool HasOpenMessage { get; private set; }

    public void Add(IInvocationOperation invocation, FirmwareGuardContext firmwareGuard)
    {
        if (firmwareGuard.IsMustLog(invocation.TargetMethod))
        {
            mustLogCalls[invocation.Syntax] = invocation;
        }

        if (firmwareGuard.ReadCall(invocation) is { } call && PrintsToConsole(call))
        {
            messages[invocation.Syntax] = call;
            if (LeavesLineOpen(call))
            {
                HasOpenMessage = true;
            }
        }
    }

    public bool TryGetMessage(SyntaxNode syntax, out ShimCall call) => messages.TryGetValue(syntax, out call!);

    public bool TryGetMustLogCall(SyntaxNode syntax, out IInvocationOperation call) => mustLogCalls.TryGetValue(syntax, out call!);

    /// <summary>A shim that returns its text (an sprintf) prints nothing to the console.</summary>
    public static bool PrintsToConsole(ShimCall call) => call.Shim.Method.ReturnType.SpecialType != SpecialType.System_String;

    /// <summary>A constant, non-empty format whose text does not end the line.</summary>
    public static bool LeavesLineOpen(ShimCall call) =>
        call.Format is { } format && format.Parsed.Text.Length > 0 && format.Parsed.Text[format.Parsed.Text.Length - 1] != '\n';

    /// <summary>A message ends the current line unless its format is a constant without a newline.</summary>
    public static bool CompletesLine(ShimCall call) => call.Format is not { } format || format.Parsed.Text.IndexOf('\n') >= 0;
}
