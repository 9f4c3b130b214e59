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

    private readonly FirmwareGuardContext firmwareGuard;
    private readonly ConcurrentDictionary<SyntaxNode, IInvocationOperation> messages = new();
    private readonly ConcurrentDictionary<SyntaxNode, IInvocationOperation> mustLogCalls = new();

    public MessageFlowCollector(FirmwareGuardContext firmwareGuard)
    {
        this.firmwareGuard = firmwareGuard;
    }

    public bool HasMustLogCall => !mustLogCalls.IsEmpty;

    /// <summary>True when some message leaves its line open.</summary>
    public bool HasOpenMessage { get; private set; }

    /// <summary>
    /// Notes a call. A message — a call to a shim that prints (one that returns its text, an sprintf,
    /// does not) — is only recognised here, by its shim and its format's last character; the full
    /// call is read later, and only for the methods whose control flow is checked (the per-call rules
    /// read every call already).
    /// </summary>
    public void Add(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        if (firmwareGuard.IsMustLog(method))
        {
            mustLogCalls[invocation.Syntax] = invocation;
        }

        if (!ShimResolver.HasShimShape(method)
            || method.ReturnType.SpecialType == SpecialType.System_String
            || firmwareGuard.Resolver.Resolve(method, firmwareGuard.OptionsFor(invocation.Syntax.SyntaxTree)) is not { } shim)
        {
            return;
        }

        messages[invocation.Syntax] = invocation;
        if (FormatText(invocation, shim) is { Length: > 0 } text && text[text.Length - 1] != '\n')
        {
            HasOpenMessage = true;
        }
    }

    /// <summary>The message at this syntax, read with the call model.</summary>
    public bool TryGetMessage(SyntaxNode syntax, out ShimCall call)
    {
        if (messages.TryGetValue(syntax, out var invocation) && firmwareGuard.ReadCall(invocation) is { } read)
        {
            call = read;
            return true;
        }

        call = null!;
        return false;
    }

    public bool TryGetMustLogCall(SyntaxNode syntax, out IInvocationOperation call) => mustLogCalls.TryGetValue(syntax, out call!);

    private static string? FormatText(IInvocationOperation invocation, Shim shim)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Ordinal == shim.FormatOrdinal)
            {
                return argument.Value.ConstantValue.Value as string;
            }
        }

        return null;
    }

    /// <summary>A constant, non-empty format whose text does not end the line.</summary>
    public static bool LeavesLineOpen(ShimCall call) =>
        call.Format is { } format && format.Parsed.Text.Length > 0 && format.Parsed.Text[format.Parsed.Text.Length - 1] != '\n';

    /// <summary>A message ends the current line unless its format is a constant without a newline.</summary>
    public static bool CompletesLine(ShimCall call) => call.Format is not { } format || format.Parsed.Text.IndexOf('\n') >= 0;
}
